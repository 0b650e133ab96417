package auth

import (
	"net/http"
	"net/url"
	"strings"
)

type LoginHandler struct {
	Users UserStore
	Sess  SessionManager
}

func localPath(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "" || u.Host != "" || !strings.HasPrefix(u.Path, "/") || strings.HasPrefix(raw, "//") || strings.Contains(raw, "\\") {
		return "/dashboard"
	}
	return u.RequestURI()
}

func (h LoginHandler) Submit(w http.ResponseWriter, r *http.Request) {
	user, err := h.Users.Authenticate(r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		http.Redirect(w, r, "/login?failed=1", http.StatusSeeOther)
		return
	}
	h.Sess.Start(w, user.ID)
	http.Redirect(w, r, localPath(r.FormValue("next")), http.StatusSeeOther)
}
