package auth

import "net/http"

type LoginHandler struct {
	Users UserStore
	Sess  SessionManager
}

func (h LoginHandler) Submit(w http.ResponseWriter, r *http.Request) {
	user, err := h.Users.Authenticate(r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		http.Redirect(w, r, "/login?failed=1", http.StatusSeeOther)
		return
	}
	h.Sess.Start(w, user.ID)
	next := r.FormValue("next")
	if next == "" {
		next = "/dashboard"
	}
	http.Redirect(w, r, next, http.StatusSeeOther) // LABEL: CWE-601
}
