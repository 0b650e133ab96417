package main

import (
	"crypto/rand"
	"os"

	"golang.org/x/crypto/chacha20poly1305"
)

func seal(key, plaintext []byte) ([]byte, error) {
	aead, err := chacha20poly1305.NewX(key)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, aead.NonceSize(), aead.NonceSize()+len(plaintext)+aead.Overhead())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return aead.Seal(nonce, nonce, plaintext, nil), nil
}

func main() {
	key := make([]byte, chacha20poly1305.KeySize)
	rand.Read(key)
	out, _ := seal(key, []byte("hello"))
	os.Stdout.Write(out)
}
