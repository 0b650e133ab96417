package exports

import (
	"io"
	"net/http"
)

type ExportHandler struct {
	Store *DiskStore
}

func (h ExportHandler) Upload(w http.ResponseWriter, r *http.Request) {
	name := r.Header.Get("X-Export-Name")
	if name == "" {
		name = "export.csv"
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, 10<<20))
	if err != nil {
		http.Error(w, "read failed", http.StatusBadRequest)
		return
	}
	if err := h.Store.Put(name, body); err != nil {
		http.Error(w, "store failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}
