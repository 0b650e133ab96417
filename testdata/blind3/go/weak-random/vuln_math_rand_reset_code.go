package main

import (
	"fmt"
	"log"
	"math/rand"
	"net/http"
	"sync"
)

type ResetCodes struct {
	mu    sync.Mutex
	codes map[string]string
}

func (rc *ResetCodes) Issue(email string) string {
	code := fmt.Sprintf("%06d", rand.Intn(1000000)) // LABEL: CWE-338
	rc.mu.Lock()
	rc.codes[email] = code
	rc.mu.Unlock()
	return code
}

func main() {
	codes := &ResetCodes{codes: map[string]string{}}
	http.HandleFunc("POST /password/forgot", func(w http.ResponseWriter, r *http.Request) {
		code := codes.Issue(r.PostFormValue("email"))
		log.Printf("queued reset mail (%d chars)", len(code))
		w.WriteHeader(http.StatusAccepted)
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
