package app

import (
	"net/http"

	"github.com/dop251/goja"
)

func calc(w http.ResponseWriter, r *http.Request) {
	vm := goja.New()
	v, err := vm.RunString(r.URL.Query().Get("expr")) // vigil:expect VGL-GO-CODE-001
	if err == nil {
		w.Write([]byte(v.String()))
	}
}
