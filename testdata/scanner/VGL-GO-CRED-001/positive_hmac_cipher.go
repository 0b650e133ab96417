package vault

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/sha256"
)

// SignWebhook signs a payload with a key written in the code.
func SignWebhook(body []byte) []byte {
	mac := hmac.New(sha256.New, []byte("c1f4e7a9b2d5086e3f1a")) // vigil:expect VGL-GO-CRED-001
	mac.Write(body)
	return mac.Sum(nil)
}

// Seal encrypts a card number with a key written in the code.
func Seal(card, nonce []byte) ([]byte, error) {
	block, err := aes.NewCipher([]byte("9Fk2Lq7Xv0Rt3Wz8")) // vigil:expect VGL-GO-CRED-001
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return gcm.Seal(nil, nonce, card, nil), nil
}
