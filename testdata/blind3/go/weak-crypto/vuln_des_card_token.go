package main

import (
	"crypto/cipher"
	"crypto/des"
	"crypto/rand"
	"encoding/base64"
	"os"
)

type CardTokenizer struct {
	key []byte
}

func NewCardTokenizer() *CardTokenizer {
	return &CardTokenizer{key: []byte(os.Getenv("CARD_KEY"))[:8]}
}

func (t *CardTokenizer) Seal(pan string) (string, error) {
	block, err := des.NewCipher(t.key) // LABEL: CWE-327
	if err != nil {
		return "", err
	}
	iv := make([]byte, block.BlockSize())
	if _, err := rand.Read(iv); err != nil {
		return "", err
	}
	data := []byte(pan)
	for len(data)%block.BlockSize() != 0 {
		data = append(data, ' ')
	}
	out := make([]byte, len(data))
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out, data)
	return base64.StdEncoding.EncodeToString(append(iv, out...)), nil
}

func main() {
	t := NewCardTokenizer()
	s, _ := t.Seal("4111111111111111")
	os.Stdout.WriteString(s + "\n")
}
