package session

import (
	crand "crypto/rand"
	"encoding/hex"
	mr "math/rand/v2"
)

var gen = mr.New(mr.NewPCG(1, 2))

// NewSessionID returns a session id.
func NewSessionID() string {
	var b [16]byte
	for i := range b {
		b[i] = byte(gen.Uint64()) // vigil:expect VGL-GO-RAND-001
	}
	return hex.EncodeToString(b[:])
}

// Salt is random bytes from crypto/rand.
func Salt() []byte {
	b := make([]byte, 16)
	_, _ = crand.Read(b)
	return b
}
