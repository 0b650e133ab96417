package billing

import (
	"io"
	"net/http"
	"net/url"
)

func billingBase() string {
	return "https://billing.internal.example:8443/api/v1"
}

// InvoicePDF streams an invoice from the billing service.
func InvoicePDF(w http.ResponseWriter, r *http.Request) {
	number := r.PathValue("number")
	resp, err := http.Get(billingBase() + "/invoices/" + url.PathEscape(number) + "/pdf")
	if err != nil {
		http.Error(w, "billing unavailable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", "application/pdf")
	io.Copy(w, resp.Body)
}
