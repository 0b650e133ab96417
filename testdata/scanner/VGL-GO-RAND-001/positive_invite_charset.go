package mail

import "math/rand/v2"

const inviteAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

// An invitation code made of characters drawn from a charset.
func NewInviteCode() string {
	b := make([]byte, 8)
	for i := range b {
		b[i] = inviteAlphabet[rand.IntN(len(inviteAlphabet))] // vigil:expect VGL-GO-RAND-001
	}
	return string(b)
}
