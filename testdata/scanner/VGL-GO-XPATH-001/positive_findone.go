package app

import (
	"net/http"
	"strings"

	"github.com/antchfx/xmlquery"
)

func login(w http.ResponseWriter, r *http.Request) {
	doc, _ := xmlquery.Parse(strings.NewReader(usersXML))
	user := r.FormValue("user")
	node := xmlquery.FindOne(doc, "//user[name='"+user+"']") // vigil:expect VGL-GO-XPATH-001
	if node == nil {
		http.Error(w, "no", 401)
	}
}

const usersXML = `<users><user><name>a</name></user></users>`
