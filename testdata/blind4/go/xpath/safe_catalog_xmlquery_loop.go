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
	for _, p := range xmlquery.Find(doc, "//product") {
		if p.SelectAttr("sku") == sku {
			if price := p.SelectElement("price"); price != nil {
				w.Write([]byte(price.InnerText()))
				return
			}
		}
	}
	http.NotFound(w, r)
}
