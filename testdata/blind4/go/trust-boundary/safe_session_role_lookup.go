package admin

import (
	"net/http"

	"github.com/gorilla/sessions"
)

type Gateway struct {
	store sessions.Store
	staff StaffDirectory
}

// Enter is called after login when staff open the back office.
func (g *Gateway) Enter(w http.ResponseWriter, r *http.Request) {
	sess, _ := g.store.Get(r, "backoffice")
	userID, ok := sess.Values["user_id"].(int64)
	if !ok {
		http.Redirect(w, r, "/login", http.StatusFound)
		return
	}
	member, err := g.staff.ByUserID(r.Context(), userID)
	if err != nil {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	sess.Values["role"] = member.Role
	if err := sess.Save(r, w); err != nil {
		http.Error(w, "session error", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/backoffice", http.StatusFound)
}
