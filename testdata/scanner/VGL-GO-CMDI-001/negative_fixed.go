package app

import (
	"net/http"
	"os/exec"
)

func Uptime(w http.ResponseWriter, r *http.Request) {
	out, _ := exec.Command("uptime").Output()
	w.Write(out)
}
