package main

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
)

func sealSSN(key, plain []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, gcm.NonceSize())
	rand.Read(nonce)
	return gcm.Seal(nonce, nonce, plain, nil), nil
}

func main() {
	sealSSN(make([]byte, 32), []byte("078-05-1120"))
}
