package main

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

type user struct {
	ID   int64
	Role string
}

type authenticator interface {
	Verify(email, password string) (*user, error)
}

var (
	store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))
	auth  authenticator
)

func login(w http.ResponseWriter, r *http.Request) {
	u, err := auth.Verify(r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	session, _ := store.Get(r, "app")
	session.Values["user_id"] = u.ID
	session.Values["role"] = u.Role
	session.Save(r, w)
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	http.HandleFunc("/login", login)
	http.ListenAndServe(":8080", nil)
}
