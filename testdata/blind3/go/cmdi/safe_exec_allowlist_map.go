package main

import (
	"log"
	"net/http"
	"os/exec"
)

var checks = map[string][]string{
	"disk":   {"df", "-h"},
	"memory": {"free", "-m"},
	"load":   {"uptime"},
}

func runCheck(w http.ResponseWriter, r *http.Request) {
	argv, ok := checks[r.PathValue("name")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	out, err := exec.CommandContext(r.Context(), argv[0], argv[1:]...).Output()
	if err != nil {
		http.Error(w, "check failed", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}

func main() {
	http.HandleFunc("GET /ops/checks/{name}", runCheck)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
