package credits

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/dbtest"
)

type lowRecorder struct {
	mu  sync.Mutex
	got []string
}

func (r *lowRecorder) CreditsLow(_ context.Context, ws string, balance, threshold int64, ref string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.got = append(r.got, fmt.Sprintf("%d/%d %s", balance, threshold, strings.SplitN(ref, ":", 2)[0]))
}

// TestLowBalanceToldOncePerCrossing: with 100 credits granted the mark is
// 20; the charge that takes the balance under it is told once, charges
// that stay above or were already below are not.
func TestLowBalanceToldOncePerCrossing(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		rec := &lowRecorder{}
		cfg := config.Default()
		cfg.Credits.SignupGrant = 100
		cfg.Billing = "on"
		s, err := New(Deps{DB: db, Config: cfg, LowBalance: rec})
		if err != nil {
			t.Fatal(err)
		}
		w := ws()
		for i, charge := range []int64{50, 30, 1, 5, 10} { // balance 50, 20, 19, 14, 4
			h, err := s.Hold(ctx, w, charge, fmt.Sprintf("analysis-%d", i))
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Settle(ctx, h, charge); err != nil {
				t.Fatal(err)
			}
			if err := s.Settle(ctx, h, charge); err != nil { // replayed: nothing more
				t.Fatal(err)
			}
		}
		if strings.Join(rec.got, ",") != "19/20 settle" {
			t.Fatalf("told %q, want one notice at 19 of 20", rec.got)
		}
		checkBalanced(t, s)
	})
}
