package main

import (
	"net/http"
	"os/exec"
	"strings"
)

func buildScan(opts map[string]string) string {
	return strings.Join([]string{"nmap", "-sV", "-p", opts["ports"], opts["target"]}, " ")
}

func startScan(w http.ResponseWriter, r *http.Request) {
	opts := map[string]string{"ports": "22,80,443"}
	opts["target"] = r.PostFormValue("target")
	if err := exec.Command("sh", "-c", buildScan(opts)).Start(); err != nil { // LABEL: CWE-78
		http.Error(w, "scan failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

func main() {
	http.HandleFunc("/scans", startScan)
	http.ListenAndServe(":8080", nil)
}
