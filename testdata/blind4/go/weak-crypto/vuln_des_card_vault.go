package vault

import (
	"crypto/cipher"
	"crypto/des"
	"crypto/rand"
	"os"
)

type CardVault struct {
	key []byte
}

func NewCardVault() *CardVault {
	return &CardVault{key: []byte(os.Getenv("CARD_VAULT_KEY"))[:8]}
}

// Seal encrypts a card number before it is written to the payments table.
func (v *CardVault) Seal(pan []byte) ([]byte, error) {
	block, err := des.NewCipher(v.key) // LABEL: CWE-327
	if err != nil {
		return nil, err
	}
	iv := make([]byte, block.BlockSize())
	if _, err := rand.Read(iv); err != nil {
		return nil, err
	}
	padded := pkcs7(pan, block.BlockSize())
	out := make([]byte, len(padded))
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out, padded)
	return append(iv, out...), nil
}
