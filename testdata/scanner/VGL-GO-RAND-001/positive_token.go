package auth

import (
	"math/rand"
)

const letters = "abcdefghijklmnopqrstuvwxyz0123456789"

func NewResetToken() string {
	b := make([]byte, 32)
	for i := range b {
		b[i] = letters[rand.Intn(len(letters))] // vigil:expect VGL-GO-RAND-001
	}
	return string(b)
}
