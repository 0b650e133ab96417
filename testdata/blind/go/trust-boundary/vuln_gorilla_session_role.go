package main

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))

func completeOnboarding(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, "app")
	session.Values["account_type"] = r.FormValue("account_type") // LABEL: CWE-501
	session.Save(r, w)
	w.WriteHeader(http.StatusNoContent)
}

func admin(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, "app")
	if session.Values["account_type"] != "admin" {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	w.Write([]byte("admin area"))
}

func main() {
	http.HandleFunc("/onboarding/complete", completeOnboarding)
	http.HandleFunc("/admin", admin)
	http.ListenAndServe(":8080", nil)
}
