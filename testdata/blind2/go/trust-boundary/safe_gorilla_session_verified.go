package main

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))

var plans = map[string]string{"basic": "basic", "pro": "pro"}

func choosePlan(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "app")
	plan, ok := plans[r.FormValue("plan")]
	if !ok {
		http.Error(w, "unknown plan", 400)
		return
	}
	sess.Values["preview_plan"] = plan
	sess.Save(r, w)
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	http.HandleFunc("/plan", choosePlan)
	http.ListenAndServe(":8110", nil)
}
