package main

import (
	"net/http"
	osexec "os/exec"
)

func traceroute(w http.ResponseWriter, r *http.Request) {
	target := r.FormValue("target")
	out, err := osexec.Command("traceroute", "-m", "10", "--", target).CombinedOutput()
	if err != nil {
		http.Error(w, string(out), 500)
		return
	}
	w.Write(out)
}

func main() {
	http.HandleFunc("/traceroute", traceroute)
	http.ListenAndServe(":8085", nil)
}
