package web

import (
	"net/http"

	"github.com/gorilla/sessions"

	"example.com/app/auth"
	"example.com/app/store"
)

var cookies = sessions.NewCookieStore([]byte("k"))

// The session keeps the record the server looked up, not the form's text.
func login(w http.ResponseWriter, r *http.Request) {
	u, err := auth.Verify(r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		http.Error(w, "no", http.StatusUnauthorized)
		return
	}
	sess, _ := cookies.Get(r, "s")
	sess.Values["user_id"] = u.ID
	sess.Save(r, w)
}

func pickTeam(w http.ResponseWriter, r *http.Request, teams *store.Teams) {
	team, err := teams.BySlug(r.URL.Query().Get("team"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	sess, _ := cookies.Get(r, "s")
	sess.Values["team_id"] = team.ID
	sess.Save(r, w)
}
