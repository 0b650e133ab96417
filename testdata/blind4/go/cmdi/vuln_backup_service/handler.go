package backup

import (
	"encoding/json"
	"net/http"
)

type Handler struct {
	dataDir string
}

// ServeHTTP starts a snapshot of the data directory; the label header names the archive.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	label := r.Header.Get("X-Backup-Label")
	if label == "" {
		label = "manual"
	}
	job := NewSnapshotJob(h.dataDir, label)
	if err := job.Run(r.Context()); err != nil {
		http.Error(w, "snapshot failed", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"archive": job.ArchivePath()})
}
