package probes

import (
	"net/http"
	run "os/exec"
)

// PortCheck tells the customer whether their origin server accepts TLS connections.
func PortCheck(w http.ResponseWriter, r *http.Request) {
	target := map[string]string{
		"host": r.FormValue("host"),
		"port": "443",
	}
	if p := r.FormValue("port"); p != "" {
		target["port"] = p
	}
	err := run.Command("sh", "-c", "nc -z -w 3 "+target["host"]+" "+target["port"]).Run() // LABEL: CWE-78
	if err != nil {
		w.Write([]byte("closed"))
		return
	}
	w.Write([]byte("open"))
}
