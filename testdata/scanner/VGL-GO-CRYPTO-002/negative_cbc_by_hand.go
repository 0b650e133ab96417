package vault

import "crypto/aes"

// A single block (a key-wrapping step) is not a mode; a hand-written CBC
// chains each block with the previous ciphertext.
func wrapOne(kek, key []byte) []byte {
	b, _ := aes.NewCipher(kek)
	out := make([]byte, 16)
	b.Encrypt(out, key)
	return out
}

func cbc(key, iv, plain []byte) []byte {
	b, _ := aes.NewCipher(key)
	prev := iv
	out := make([]byte, len(plain))
	for i := 0; i < len(plain); i += 16 {
		blk := make([]byte, 16)
		for j := 0; j < 16; j++ {
			blk[j] = plain[i+j] ^ prev[j]
		}
		b.Encrypt(out[i:i+16], blk)
		prev = out[i : i+16]
	}
	return out
}
