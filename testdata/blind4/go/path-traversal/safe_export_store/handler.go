package exports

import (
	"encoding/json"
	"io"
	"net/http"
)

type ExportHandler struct {
	Store *DiskStore
}

func (h ExportHandler) Upload(w http.ResponseWriter, r *http.Request) {
	label := r.Header.Get("X-Export-Name")
	body, err := io.ReadAll(io.LimitReader(r.Body, 10<<20))
	if err != nil {
		http.Error(w, "read failed", http.StatusBadRequest)
		return
	}
	id, err := h.Store.Put(body)
	if err != nil {
		http.Error(w, "store failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(map[string]string{"id": id, "label": label})
}
