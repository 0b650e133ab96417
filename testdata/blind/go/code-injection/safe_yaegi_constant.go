package main

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/traefik/yaegi/interp"
)

// discountRule is shipped with the binary; users only supply the amount.
const discountRule = `func discount(amount float64) float64 { if amount > 100 { return amount * 0.9 }; return amount }`

func pricingPreview(w http.ResponseWriter, r *http.Request) {
	amount, err := strconv.ParseFloat(r.FormValue("amount"), 64)
	if err != nil {
		http.Error(w, "bad amount", http.StatusBadRequest)
		return
	}
	i := interp.New(interp.Options{})
	if _, err := i.Eval(discountRule); err != nil {
		http.Error(w, "rule failed", http.StatusInternalServerError)
		return
	}
	fn, _ := i.Eval("discount")
	fmt.Fprintf(w, "%.2f", fn.Interface().(func(float64) float64)(amount))
}

func main() {
	http.HandleFunc("/pricing/preview", pricingPreview)
	http.ListenAndServe(":8080", nil)
}
