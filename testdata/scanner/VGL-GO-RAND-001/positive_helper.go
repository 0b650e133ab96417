package auth

import "math/rand"

const chars = "abcdefghijklmnopqrstuvwxyz0123456789"

// a generic helper: its caller makes it a session id generator
func randomString(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = chars[rand.Intn(len(chars))] // vigil:expect VGL-GO-RAND-001
	}
	return string(b)
}

func NewSessionID() string { return randomString(32) }
