package main

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/base64"
	"os"
)

type CardTokenizer struct {
	aead cipher.AEAD
}

func NewCardTokenizer(key []byte) (*CardTokenizer, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return &CardTokenizer{aead: aead}, nil
}

func (t *CardTokenizer) Seal(pan string) (string, error) {
	nonce := make([]byte, t.aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(t.aead.Seal(nonce, nonce, []byte(pan), nil)), nil
}

func main() {
	key, _ := base64.StdEncoding.DecodeString(os.Getenv("CARD_KEY"))
	t, err := NewCardTokenizer(key)
	if err != nil {
		os.Exit(1)
	}
	s, _ := t.Seal("4111111111111111")
	os.Stdout.WriteString(s + "\n")
}
