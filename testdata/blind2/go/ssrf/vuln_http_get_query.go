package main

import (
	"io"
	"net/http"
)

func fetchAvatar(w http.ResponseWriter, r *http.Request) {
	src := r.URL.Query().Get("url")
	resp, err := http.Get(src) // LABEL: CWE-918
	if err != nil {
		http.Error(w, "fetch failed", 502)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}

func main() {
	http.HandleFunc("/avatar", fetchAvatar)
	http.ListenAndServe(":8098", nil)
}
