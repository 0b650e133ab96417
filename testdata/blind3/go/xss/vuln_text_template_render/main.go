package main

import (
	"log"
	"net/http"
)

type server struct {
	pages *PageRenderer
}

func (s *server) orderStatus(w http.ResponseWriter, r *http.Request) {
	data := StatusPage{
		OrderID: r.PathValue("id"),
		Note:    r.URL.Query().Get("note"),
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := s.pages.Status(w, data); err != nil {
		log.Printf("render: %v", err)
	}
}

func main() {
	s := &server{pages: NewPageRenderer()}
	http.HandleFunc("GET /orders/{id}/status", s.orderStatus)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
