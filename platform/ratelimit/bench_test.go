package ratelimit_test

import (
	"context"
	"fmt"
	"testing"

	"vigil/platform/dbtest"
	"vigil/platform/ratelimit"
)

// BenchmarkAllow measures one limiter decision (one upsert) per dialect.
func BenchmarkAllow(b *testing.B) {
	for _, d := range dbtest.Dialects {
		b.Run(d, func(b *testing.B) {
			l, err := ratelimit.New(dbtest.Open(b, d))
			if err != nil {
				b.Fatal(err)
			}
			ctx := context.Background()
			for i := 0; b.Loop(); i++ {
				if _, err := l.Allow(ctx, fmt.Sprintf("k%d", i%64), ratelimit.PerSecond(1000), 100); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
