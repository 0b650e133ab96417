package main

import (
	"net/http"
)

func main() {
	s := &attachmentStore{root: "/var/lib/app/attachments"}
	http.HandleFunc("/attachments", func(w http.ResponseWriter, r *http.Request) {
		data, err := s.read(r.URL.Query().Get("name"))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Write(data)
	})
	http.ListenAndServe(":8080", nil)
}
