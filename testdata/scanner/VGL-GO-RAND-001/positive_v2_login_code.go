package otp

import (
	"fmt"
	"math/rand/v2"
)

// Store keeps pending codes.
type Store interface{ Put(user, code string) }

// IssueLoginCode sends a six-digit code.
func IssueLoginCode(s Store, user string) string {
	code := fmt.Sprintf("%06d", rand.IntN(1000000)) // vigil:expect VGL-GO-RAND-001
	s.Put(user, code)
	return code
}

func newOneTimeCode() string {
	return fmt.Sprint(rand.N(900000) + 100000) // vigil:expect VGL-GO-RAND-001
}
