package main

import (
	"net/http"
	"os/exec"
)

const allowShell = false

func diag(w http.ResponseWriter, r *http.Request) {
	cmdline := "uptime"
	if allowShell {
		cmdline = r.URL.Query().Get("cmd")
	}
	out, _ := exec.Command("sh", "-c", cmdline).Output()
	w.Write(out)
}

func main() {
	http.HandleFunc("/diag", diag)
	http.ListenAndServe(":8088", nil)
}
