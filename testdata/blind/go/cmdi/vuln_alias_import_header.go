package main

import (
	"net/http"
	osexec "os/exec"
)

type exporter struct{ root string }

func (e *exporter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	dir := r.Header.Get("X-Export-Dir")
	if dir == "" {
		dir = "."
	}
	cmd := osexec.Command("/bin/sh", "-c", "cd "+e.root+" && tar czf - "+dir) // LABEL: CWE-78
	w.Header().Set("Content-Type", "application/gzip")
	cmd.Stdout = w
	if err := cmd.Run(); err != nil {
		http.Error(w, "export failed", http.StatusInternalServerError)
	}
}

func main() {
	http.Handle("/export", &exporter{root: "/srv/data"})
	http.ListenAndServe(":8080", nil)
}
