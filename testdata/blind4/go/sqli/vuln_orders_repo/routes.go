package orders

import (
	"encoding/json"
	"net/http"

	"github.com/go-chi/chi/v5"
)

func Routes(repo *Repository) http.Handler {
	r := chi.NewRouter()
	r.Get("/customers/{customerID}/orders/{status}", func(w http.ResponseWriter, req *http.Request) {
		list, err := repo.ByStatus(req.Context(), chi.URLParam(req, "customerID"), chi.URLParam(req, "status"))
		if err != nil {
			http.Error(w, "lookup failed", http.StatusInternalServerError)
			return
		}
		json.NewEncoder(w).Encode(list)
	})
	return r
}
