package main

import (
	"fmt"
	"io"
	"net/http"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

// pricingPreview lets power users try a pricing rule written in Go.
func pricingPreview(w http.ResponseWriter, r *http.Request) {
	src, err := io.ReadAll(io.LimitReader(r.Body, 16<<10))
	if err != nil {
		http.Error(w, "read failed", http.StatusBadRequest)
		return
	}
	i := interp.New(interp.Options{})
	i.Use(stdlib.Symbols)
	v, err := i.Eval(string(src)) // LABEL: CWE-94
	if err != nil {
		http.Error(w, "rule failed", http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, "%v", v)
}

func main() {
	http.HandleFunc("/pricing/preview", pricingPreview)
	http.ListenAndServe(":8080", nil)
}
