package mail

import (
	"math/rand"
	mrand2 "math/rand/v2"
)

var tips = []string{"Add a profile photo", "Invite your team", "Try dark mode"}
var greetings = []string{"Hi", "Hello", "Hey"}

// The function's name sounds like a secret (an invitation) but the draws
// pick a tip and a greeting for the mail text.
func InviteEmailBody(name string) string {
	tip := tips[rand.Intn(len(tips))]
	hello := greetings[mrand2.IntN(len(greetings))]
	return hello + " " + name + ", you are invited! " + tip
}
