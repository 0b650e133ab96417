package vault

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/hex"
	"os"
)

type CardVault struct {
	key []byte
}

func NewCardVault() (*CardVault, error) {
	key, err := hex.DecodeString(os.Getenv("CARD_VAULT_KEY"))
	if err != nil {
		return nil, err
	}
	return &CardVault{key: key}, nil
}

// Seal encrypts a card number before it is written to the payments table.
func (v *CardVault) Seal(pan []byte) ([]byte, error) {
	block, err := aes.NewCipher(v.key)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return gcm.Seal(nonce, nonce, pan, nil), nil
}
