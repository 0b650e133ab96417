package web

import "net/http"

func login(w http.ResponseWriter, r *http.Request, sid string) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: sid, Path: "/"}) // vigil:expect VGL-GO-COOKIE-001
}
