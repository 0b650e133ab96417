package main

import (
	"encoding/json"
	"log"
	"net/http"
)

type backupRequest struct {
	Database string `json:"database"`
	Label    string `json:"label"`
}

func main() {
	runner := &BackupRunner{Dir: "/var/backups/pg"}
	http.HandleFunc("POST /admin/backups", func(w http.ResponseWriter, r *http.Request) {
		var req backupRequest
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		out, err := runner.Dump(req.Database, req.Label)
		if err != nil {
			http.Error(w, "backup failed", http.StatusInternalServerError)
			return
		}
		json.NewEncoder(w).Encode(map[string]string{"file": out})
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
