package main

import (
	"encoding/json"
	"net/http"
	"os/exec"
)

func pingHandler(w http.ResponseWriter, r *http.Request) {
	host := r.FormValue("host")
	cmd := exec.Command("sh", "-c", "ping -c 1 -W 2 "+host) // LABEL: CWE-78
	out, err := cmd.CombinedOutput()
	json.NewEncoder(w).Encode(map[string]any{"reachable": err == nil, "output": string(out)})
}

func main() {
	http.HandleFunc("/diag/ping", pingHandler)
	http.ListenAndServe(":8080", nil)
}
