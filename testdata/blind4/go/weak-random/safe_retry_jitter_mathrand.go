package outbox

import (
	"context"
	"math/rand"
	"time"
)

type Publisher struct {
	send func(context.Context, []byte) error
}

// Deliver retries with exponential backoff plus jitter so workers do not retry in lockstep.
func (p *Publisher) Deliver(ctx context.Context, msg []byte) error {
	backoff := 200 * time.Millisecond
	var err error
	for attempt := 0; attempt < 6; attempt++ {
		if err = p.send(ctx, msg); err == nil {
			return nil
		}
		jitter := time.Duration(rand.Int63n(int64(backoff / 2)))
		select {
		case <-time.After(backoff + jitter):
		case <-ctx.Done():
			return ctx.Err()
		}
		backoff *= 2
	}
	return err
}
