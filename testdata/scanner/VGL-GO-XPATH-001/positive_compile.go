package app

import (
	"net/http"

	"github.com/antchfx/xpath"
)

func byRole(w http.ResponseWriter, r *http.Request) {
	expr, err := xpath.Compile("//employee[role='" + r.URL.Query().Get("role") + "']") // vigil:expect VGL-GO-XPATH-001
	if err != nil {
		return
	}
	_ = expr
}
