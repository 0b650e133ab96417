package app

import (
	"fmt"
	"net/http"
	"strings"
)

// RedirectSlashes drops a trailing slash; the target keeps exactly one
// leading slash, so it stays on this site.
func RedirectSlashes(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		path := r.URL.Path
		if len(path) > 1 && path[len(path)-1] == '/' {
			path = strings.ReplaceAll(path, `\`, `/`)
			path := "/" + strings.Trim(path, "/")
			if r.URL.RawQuery != "" {
				path = fmt.Sprintf("%s?%s", path, r.URL.RawQuery)
			}
			http.Redirect(w, r, path, 301)
			return
		}
		next.ServeHTTP(w, r)
	})
}
