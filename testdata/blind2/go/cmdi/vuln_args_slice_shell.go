package main

import (
	"encoding/json"
	"net/http"
	"os/exec"
	"strings"
)

type job struct {
	Flags []string `json:"flags"`
}

func runLint(w http.ResponseWriter, r *http.Request) {
	var j job
	if err := json.NewDecoder(r.Body).Decode(&j); err != nil {
		http.Error(w, "bad json", 400)
		return
	}
	args := append([]string{"golangci-lint", "run"}, j.Flags...)
	line := strings.Join(args, " ")
	out, _ := exec.Command("sh", "-c", line).Output() // LABEL: CWE-78
	w.Write(out)
}

func main() {
	http.HandleFunc("/lint", runLint)
	http.ListenAndServe(":8087", nil)
}
