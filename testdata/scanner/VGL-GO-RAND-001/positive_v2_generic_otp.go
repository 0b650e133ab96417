package auth

import (
	"fmt"
	"math/rand/v2"
)

// A one-time login code from math/rand/v2's generic N.
func SendLoginCode(phone string) string {
	code := rand.N(1000000) // vigil:expect VGL-GO-RAND-001
	return fmt.Sprintf("%06d", code)
}

// A reset token from a ChaCha8 generator seeded with a constant.
func makeResetToken() string {
	r := rand.New(rand.NewChaCha8([32]byte{7, 7, 7}))
	return fmt.Sprintf("%x", r.Uint64()) // vigil:expect VGL-GO-RAND-001
}
