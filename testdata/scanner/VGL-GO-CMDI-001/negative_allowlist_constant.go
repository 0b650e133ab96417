package app

import (
	"net/http"
	"os/exec"
)

var tools = map[string]string{"git": "/usr/bin/git", "go": "/usr/local/go/bin/go"}

func Version(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("tool") != "git" {
		http.Error(w, "unknown tool", http.StatusBadRequest)
		return
	}
	out, _ := exec.Command(tools["git"], "--version").Output()
	w.Write(out)
}
