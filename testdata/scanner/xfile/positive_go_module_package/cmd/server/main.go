package main

import (
	"net/http"

	"example.com/tools/internal/runner"
)

func main() {
	http.HandleFunc("/ping", func(w http.ResponseWriter, r *http.Request) {
		host := r.FormValue("host") // vigil:source
		out, _ := runner.Ping(host)
		w.Write(out)
	})
	http.ListenAndServe(":8080", nil)
}
