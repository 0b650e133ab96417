package app

import (
	"net/http"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

func plugin(w http.ResponseWriter, r *http.Request) {
	i := interp.New(interp.Options{})
	i.Use(stdlib.Symbols)
	i.Eval(r.FormValue("code")) // vigil:expect VGL-GO-CODE-001
}
