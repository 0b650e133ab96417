package app

import "net/http"

func Logout(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, r.PostFormValue("return_to"), http.StatusSeeOther) // vigil:expect VGL-GO-REDIRECT-001
}
