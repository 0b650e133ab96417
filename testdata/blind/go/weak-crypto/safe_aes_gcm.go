package main

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/base64"
	"os"
)

var cardKey = []byte(os.Getenv("CARD_KEY"))

func encryptCard(number string) (string, error) {
	block, err := aes.NewCipher(cardKey)
	if err != nil {
		return "", err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return "", err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(gcm.Seal(nonce, nonce, []byte(number), nil)), nil
}

func main() {
	s, _ := encryptCard("4111111111111111")
	os.Stdout.WriteString(s + "\n")
}
