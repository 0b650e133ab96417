package main

import (
	"crypto/aes"
)

func encryptRecord(key, data []byte) []byte {
	block, _ := aes.NewCipher(key)
	out := make([]byte, len(data))
	for i := 0; i+aes.BlockSize <= len(data); i += aes.BlockSize {
		block.Encrypt(out[i:i+aes.BlockSize], data[i:i+aes.BlockSize]) // LABEL: CWE-327
	}
	return out
}

func main() {
	encryptRecord(make([]byte, 32), make([]byte, 64))
}
