package main

import (
	"context"
	mrand "math/rand/v2"
	"time"
)

// retry spreads retries with jitter; the randomness protects nothing.
func retry(ctx context.Context, attempts int, fn func() error) error {
	var err error
	for i := 0; i < attempts; i++ {
		if err = fn(); err == nil {
			return nil
		}
		backoff := time.Duration(1<<i)*100*time.Millisecond + time.Duration(mrand.IntN(100))*time.Millisecond
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(backoff):
		}
	}
	return err
}

func main() {
	_ = retry(context.Background(), 3, func() error { return nil })
}
