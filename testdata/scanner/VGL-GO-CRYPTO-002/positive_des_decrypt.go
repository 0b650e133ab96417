package legacy

import (
	"crypto/cipher"
	"crypto/des"
)

type codec struct{ c cipher.Block }

func newCodec(key []byte) (*codec, error) {
	c, err := des.NewTripleDESCipher(key)
	return &codec{c: c}, err
}

func (k *codec) open(data []byte) []byte {
	bs := k.c.BlockSize()
	plain := make([]byte, len(data))
	for len(data) > 0 {
		k.c.Decrypt(plain[len(plain)-len(data):], data[:bs]) // vigil:expect VGL-GO-CRYPTO-002
		data = data[bs:]
	}
	return plain
}
