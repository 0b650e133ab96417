package main

import (
	"net/http"
	"os/exec"
)

func whois(w http.ResponseWriter, r *http.Request) {
	domain := r.URL.Query().Get("domain")
	var cmd *exec.Cmd
	if false {
		cmd = exec.Command("sh", "-c", "whois "+domain)
	} else {
		cmd = exec.Command("whois", "--", domain)
	}
	out, err := cmd.Output()
	if err != nil {
		http.Error(w, "lookup failed", http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Write(out)
}

func main() {
	http.HandleFunc("/whois", whois)
	http.ListenAndServe(":8080", nil)
}
