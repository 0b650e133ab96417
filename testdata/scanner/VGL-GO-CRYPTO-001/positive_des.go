package vault

import (
	"crypto/cipher"
	"crypto/des"
)

func encrypt(key, iv, data []byte) ([]byte, error) {
	block, err := des.NewCipher(key) // vigil:expect VGL-GO-CRYPTO-001
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(data))
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out, data)
	return out, nil
}
