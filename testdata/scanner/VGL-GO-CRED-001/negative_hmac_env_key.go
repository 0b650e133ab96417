package vault

import (
	"crypto/aes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"os"
)

// SignWebhook signs with a key from the environment; the literal is the data.
func SignWebhook(body []byte) []byte {
	mac := hmac.New(sha256.New, []byte(os.Getenv("WEBHOOK_KEY")))
	mac.Write([]byte("v1:"))
	mac.Write(body)
	return mac.Sum(nil)
}

// Block makes a cipher from a hex key in the environment.
func Block() error {
	key, err := hex.DecodeString(os.Getenv("CARD_KEY"))
	if err != nil {
		return err
	}
	_, err = aes.NewCipher(key)
	return err
}

// Digest hashes a literal label and the body: no key.
func Digest(body []byte) [32]byte {
	return sha256.Sum256(append([]byte("audit-log-v2"), body...))
}
