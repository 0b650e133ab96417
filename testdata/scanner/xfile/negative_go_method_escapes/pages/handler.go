package pages

import (
	"fmt"
	"net/http"
)

// Hello greets the visitor by name.
func (a *App) Hello(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<h1>Hello %s</h1>", a.clean(r.FormValue("name")))
}
