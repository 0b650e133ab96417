package vault

import "crypto/aes"

// EncryptRecord pads the record and encrypts it one block at a time.
func EncryptRecord(key, plain []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	size := block.BlockSize()
	padded := pad(plain, size)
	out := make([]byte, len(padded))
	for off := 0; off < len(padded); off += size {
		block.Encrypt(out[off:off+size], padded[off:off+size]) // vigil:expect VGL-GO-CRYPTO-002
	}
	return out, nil
}

func pad(b []byte, n int) []byte {
	p := n - len(b)%n
	for i := 0; i < p; i++ {
		b = append(b, byte(p))
	}
	return b
}
