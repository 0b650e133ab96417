package main

import (
	"log"
	"net/http"
	"os/exec"
	"path/filepath"
)

const duScript = `du -sh -- "$1" | cut -f1`

func folderSize(w http.ResponseWriter, r *http.Request) {
	share := filepath.Base(r.URL.Query().Get("share"))
	if share == "." || share == ".." || share == "/" {
		http.Error(w, "bad share", http.StatusBadRequest)
		return
	}
	dir := filepath.Join("/srv/shares", share)
	out, err := exec.Command("sh", "-c", duScript, "sh", dir).Output()
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	w.Header().Set("Content-Type", "text/plain")
	w.Write(out)
}

func main() {
	http.HandleFunc("/shares/size", folderSize)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
