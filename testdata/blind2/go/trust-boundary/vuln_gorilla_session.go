package main

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))

func impersonate(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "app")
	sess.Values["acting_as"] = r.FormValue("user") // LABEL: CWE-501
	sess.Save(r, w)
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	http.HandleFunc("/impersonate", impersonate)
	http.ListenAndServe(":8110", nil)
}
