package net

import (
	"math/rand"
	"time"
)

func randomDelay(max time.Duration) time.Duration {
	return time.Duration(rand.Int63n(int64(max)))
}

func retry(attempt int) time.Duration {
	return time.Duration(attempt)*time.Second + randomDelay(time.Second)
}
