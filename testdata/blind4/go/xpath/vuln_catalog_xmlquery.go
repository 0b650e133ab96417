package feeds

import (
	"net/http"
	"os"

	"github.com/antchfx/xmlquery"
)

// Price looks a product up in the supplier's XML price list.
func Price(w http.ResponseWriter, r *http.Request) {
	f, err := os.Open("/srv/feeds/pricelist.xml")
	if err != nil {
		http.Error(w, "feed unavailable", http.StatusServiceUnavailable)
		return
	}
	defer f.Close()
	doc, err := xmlquery.Parse(f)
	if err != nil {
		http.Error(w, "feed broken", http.StatusInternalServerError)
		return
	}
	sku := r.URL.Query().Get("sku")
	node := xmlquery.FindOne(doc, "//product[@sku='"+sku+"']/price") // LABEL: CWE-643
	if node == nil {
		http.NotFound(w, r)
		return
	}
	w.Write([]byte(node.InnerText()))
}
