package web

import (
	"net/http"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte("k"))

func setRole(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, "s")
	session.Values["role"] = r.FormValue("role") // vigil:expect VGL-GO-TRUST-001
	session.Save(r, w)
}
