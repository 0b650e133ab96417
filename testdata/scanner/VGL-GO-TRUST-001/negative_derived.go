package web

import (
	"net/http"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte("k"))

func login(w http.ResponseWriter, r *http.Request, userID int) {
	session, _ := store.Get(r, "s")
	session.Values["user"] = userID
	session.Save(r, w)
}
