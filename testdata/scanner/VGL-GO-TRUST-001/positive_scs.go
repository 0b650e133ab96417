package web

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
)

var sessionManager = scs.New()

func remember(w http.ResponseWriter, r *http.Request) {
	user := r.URL.Query().Get("user")
	sessionManager.Put(r.Context(), "userID", user) // vigil:expect VGL-GO-TRUST-001
}
