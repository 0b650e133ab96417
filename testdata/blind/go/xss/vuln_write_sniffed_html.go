package main

import (
	"net/http"
)

// banner has no Content-Type: net/http sniffs the body, which starts with a
// tag, and serves it as text/html.
func banner(w http.ResponseWriter, r *http.Request) {
	msg := r.URL.Query().Get("msg")
	w.Write([]byte("<div class=\"banner\">" + msg + "</div>")) // LABEL: CWE-79
}

func main() {
	http.HandleFunc("/banner", banner)
	http.ListenAndServe(":8080", nil)
}
