package main

import (
	"crypto/rc4"
	"net/http"
	"os"
)

var streamKey = []byte(os.Getenv("STREAM_KEY"))

func encryptedExport(w http.ResponseWriter, r *http.Request) {
	c, err := rc4.NewCipher(streamKey) // LABEL: CWE-327
	if err != nil {
		http.Error(w, "no key", http.StatusInternalServerError)
		return
	}
	data := []byte("id,amount\n1,10\n")
	c.XORKeyStream(data, data)
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Write(data)
}

func main() {
	http.HandleFunc("/export.enc", encryptedExport)
	http.ListenAndServe(":8080", nil)
}
