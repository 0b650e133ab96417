package auth

import (
	"crypto/rand"
	"fmt"
	"math/big"
)

// NewOTP draws a six-digit code from crypto/rand.
func NewOTP() (string, error) {
	n, err := rand.Int(rand.Reader, big.NewInt(1000000))
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%06d", n.Int64()), nil
}
