package main

import (
	"crypto/cipher"
	"crypto/des"
	"crypto/rand"
	"encoding/hex"
	"os"
)

var legacyKey = []byte(os.Getenv("LEGACY_DES_KEY"))

// sealLegacy encrypts tokens for the old billing system, which only speaks DES.
func sealLegacy(plain []byte) (string, error) {
	block, err := des.NewCipher(legacyKey) // LABEL: CWE-327
	if err != nil {
		return "", err
	}
	pad := des.BlockSize - len(plain)%des.BlockSize
	for i := 0; i < pad; i++ {
		plain = append(plain, byte(pad))
	}
	iv := make([]byte, des.BlockSize)
	rand.Read(iv)
	out := make([]byte, len(plain))
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out, plain)
	return hex.EncodeToString(append(iv, out...)), nil
}

func main() {
	s, _ := sealLegacy([]byte("customer-42"))
	os.Stdout.WriteString(s + "\n")
}
