package preview

import (
	"encoding/json"
	"net/http"

	"github.com/go-chi/chi/v5"
)

func Mount(r chi.Router, f *Fetcher) {
	r.Get("/api/unfurl", func(w http.ResponseWriter, req *http.Request) {
		card, err := f.Unfurl(req.URL.Query().Get("link"))
		if err != nil {
			http.Error(w, "cannot unfurl", http.StatusBadGateway)
			return
		}
		json.NewEncoder(w).Encode(card)
	})
}
