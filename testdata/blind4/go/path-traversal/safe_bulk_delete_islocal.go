package drafts

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
)

type deleteRequest struct {
	Files []string `json:"files"`
}

type DraftAPI struct {
	Dir string
}

func (a DraftAPI) BulkDelete(w http.ResponseWriter, r *http.Request) {
	var req deleteRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	removed := 0
	for _, name := range req.Files {
		if !filepath.IsLocal(name) {
			continue
		}
		if err := os.Remove(filepath.Join(a.Dir, name)); err == nil {
			removed++
		}
	}
	json.NewEncoder(w).Encode(map[string]int{"removed": removed})
}
