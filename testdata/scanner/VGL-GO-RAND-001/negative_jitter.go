package retry

import (
	"math/rand"
	"time"
)

// Backoff spreads retries: predictability does not matter here.
func Backoff(attempt int) time.Duration {
	return time.Duration(attempt)*time.Second + time.Duration(rand.Intn(1000))*time.Millisecond
}
