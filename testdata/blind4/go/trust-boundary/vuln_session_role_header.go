package admin

import (
	"net/http"

	"github.com/gorilla/sessions"
)

type Gateway struct {
	store sessions.Store
}

// Enter is called behind the internal proxy when staff open the back office.
func (g *Gateway) Enter(w http.ResponseWriter, r *http.Request) {
	sess, _ := g.store.Get(r, "backoffice")
	role := r.Header.Get("X-Staff-Role")
	if role == "" {
		role = "viewer"
	}
	sess.Values["role"] = role // LABEL: CWE-501
	sess.Values["staff"] = true
	if err := sess.Save(r, w); err != nil {
		http.Error(w, "session error", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/backoffice", http.StatusFound)
}
