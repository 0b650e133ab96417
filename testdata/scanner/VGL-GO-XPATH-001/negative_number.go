package app

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/antchfx/xmlquery"
)

func item(doc *xmlquery.Node, w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.FormValue("id"))
	if err != nil {
		return
	}
	xmlquery.FindOne(doc, fmt.Sprintf("//item[@id=%d]", id))
}
