package main

import (
	"crypto/cipher"
	"crypto/des"
	"crypto/rand"
)

func sealSSN(key, plain []byte) ([]byte, error) {
	block, err := des.NewCipher(key) // LABEL: CWE-327
	if err != nil {
		return nil, err
	}
	iv := make([]byte, des.BlockSize)
	rand.Read(iv)
	padded := append(plain, make([]byte, des.BlockSize-len(plain)%des.BlockSize)...)
	out := make([]byte, len(padded))
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out, padded)
	return append(iv, out...), nil
}

func main() {
	sealSSN([]byte("8bytekey"), []byte("078-05-1120"))
}
