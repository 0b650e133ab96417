package vault

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
)

// Seal uses AES-GCM; the loop encrypts many records, each with its own nonce.
func Seal(key []byte, records [][]byte) ([][]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	var out [][]byte
	for _, r := range records {
		nonce := make([]byte, aead.NonceSize())
		rand.Read(nonce)
		out = append(out, aead.Seal(nonce, nonce, r, nil))
	}
	return out, nil
}
