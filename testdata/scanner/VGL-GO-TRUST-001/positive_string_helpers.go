package web

import (
	"net/http"
	"strings"

	"github.com/gorilla/sessions"
)

var jar = sessions.NewCookieStore([]byte("k"))

// Text helpers return the request's own text.
func remember(w http.ResponseWriter, r *http.Request) {
	sess, _ := jar.Get(r, "s")
	sess.Values["next"] = strings.TrimSpace(r.URL.Query().Get("next")) // vigil:expect VGL-GO-TRUST-001
	sess.Values["lang"] = strings.ToLower(r.FormValue("lang"))         // vigil:expect VGL-GO-TRUST-001
	sess.Save(r, w)
}

func clean(s string) string { return strings.Trim(s, "/ ") }

// A helper of the file whose summary returns its argument.
func rememberPath(w http.ResponseWriter, r *http.Request) {
	sess, _ := jar.Get(r, "s")
	sess.Values["path"] = clean(r.FormValue("path")) // vigil:expect VGL-GO-TRUST-001
	sess.Save(r, w)
}
