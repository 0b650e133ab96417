package app

import (
	"net/http"
	"os/exec"
)

func Ping(w http.ResponseWriter, r *http.Request) {
	host := r.FormValue("host")
	out, _ := exec.Command("sh", "-c", "ping -c 1 "+host).CombinedOutput() // vigil:expect VGL-GO-CMDI-001
	w.Write(out)
}
