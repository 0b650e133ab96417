package main

import (
	"crypto/aes"
	"encoding/base64"
	"errors"
	"os"
)

var cardKey = []byte(os.Getenv("CARD_KEY"))

// encryptCard encrypts a padded card number block by block.
func encryptCard(number string) (string, error) {
	block, err := aes.NewCipher(cardKey)
	if err != nil {
		return "", err
	}
	plain := []byte(number)
	if len(plain)%aes.BlockSize != 0 {
		plain = append(plain, make([]byte, aes.BlockSize-len(plain)%aes.BlockSize)...)
	}
	if len(plain) == 0 {
		return "", errors.New("empty")
	}
	out := make([]byte, len(plain))
	for i := 0; i < len(plain); i += aes.BlockSize {
		block.Encrypt(out[i:i+aes.BlockSize], plain[i:i+aes.BlockSize]) // LABEL: CWE-327
	}
	return base64.StdEncoding.EncodeToString(out), nil
}

func main() {
	s, _ := encryptCard("4111111111111111")
	os.Stdout.WriteString(s + "\n")
}
