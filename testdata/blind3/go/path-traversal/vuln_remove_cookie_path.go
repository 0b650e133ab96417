package main

import (
	"log"
	"net/http"
	"os"
	"path/filepath"
)

type draftStore struct {
	dir string
}

func (d draftStore) Discard(name string) error {
	return os.Remove(filepath.Join(d.dir, name)) // LABEL: CWE-22
}

func discardDraft(store draftStore) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ck, err := r.Cookie("draft_file")
		if err != nil {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		if err := store.Discard(ck.Value); err != nil {
			log.Printf("discard: %v", err)
		}
		w.WriteHeader(http.StatusNoContent)
	}
}

func main() {
	http.HandleFunc("POST /drafts/discard", discardDraft(draftStore{dir: "/var/lib/editor/drafts"}))
	log.Fatal(http.ListenAndServe(":8080", nil))
}
