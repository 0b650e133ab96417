package app

import "net/http"

func Static(w http.ResponseWriter, r *http.Request) {
	http.ServeFile(w, r, "public/"+r.URL.Path) // vigil:expect VGL-GO-PATH-001
}
