package app

import (
	"net/http"

	"github.com/dop251/goja"
)

// the script is the program's own; the request only supplies a value
func greet(w http.ResponseWriter, r *http.Request) {
	vm := goja.New()
	vm.Set("name", r.URL.Query().Get("name"))
	v, _ := vm.RunString(`"Hello, " + name.length + " letters"`)
	w.Header().Set("Content-Type", "text/plain")
	w.Write([]byte(v.String()))
}
