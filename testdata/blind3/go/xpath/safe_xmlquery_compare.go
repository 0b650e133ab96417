package main

import (
	"log"
	"net/http"
	"os"

	"github.com/antchfx/xmlquery"
)

type Catalog struct {
	doc *xmlquery.Node
}

func (c *Catalog) Price(sku string) string {
	for _, p := range xmlquery.Find(c.doc, "//product") {
		if p.SelectAttr("sku") == sku {
			if price := p.SelectElement("price"); price != nil {
				return price.InnerText()
			}
		}
	}
	return ""
}

func main() {
	f, err := os.Open("/srv/app/catalog.xml")
	if err != nil {
		log.Fatal(err)
	}
	doc, err := xmlquery.Parse(f)
	if err != nil {
		log.Fatal(err)
	}
	cat := &Catalog{doc: doc}
	http.HandleFunc("/price", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(cat.Price(r.URL.Query().Get("sku"))))
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
