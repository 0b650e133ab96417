package main

import (
	"net/http"

	"example.com/tools/internal/runner"
)

func main() {
	http.HandleFunc("/ping", func(w http.ResponseWriter, r *http.Request) {
		host := r.FormValue("host") // vigil:source
		out, _ := runner.Ping(host)
		w.Write(out) // vigil:expect VGL-GO-XSS-001 (the command echoes the host)
	})
	http.ListenAndServe(":8080", nil)
}
