package vault

import (
	"crypto/des"
	"crypto/rc4"
)

func stream(key, data []byte) []byte {
	c, _ := rc4.NewCipher(key) // vigil:expect VGL-GO-CRYPTO-001
	out := make([]byte, len(data))
	c.XORKeyStream(out, data)
	return out
}

func legacy(key []byte) {
	des.NewTripleDESCipher(key) // vigil:expect VGL-GO-CRYPTO-001
}
