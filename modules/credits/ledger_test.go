package credits

import (
	"context"

	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/uuid"

	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/errs"
)

// newService builds a billing-enabled service on db with no sign-up grant
// unless grant > 0.
func newService(t *testing.T, db *database.DB, grant int64, billing bool) *Service {
	t.Helper()
	cfg := config.Default()
	cfg.Credits.SignupGrant = grant
	cfg.Billing = "off"
	if billing {
		cfg.Billing = "on"
	}
	s, err := New(Deps{DB: db, Config: cfg})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func ws() string { return uuid.Must(uuid.NewV7()).String() }

// checkBalanced fails when any balance differs from its ledger sum.
func checkBalanced(t *testing.T, s *Service) {
	t.Helper()
	n, err := s.CheckLedger(context.Background())
	if err != nil || n != 0 {
		t.Fatalf("ledger drift: %d workspaces (%v)", n, err)
	}
}

func TestHoldSettleRelease(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		s := newService(t, db, 100, true)
		w := ws()

		b, err := s.Balance(ctx, w)
		if err != nil || b.Balance != 100 || b.Available != 100 {
			t.Fatalf("sign-up grant: %+v %v", b, err)
		}
		if _, err := s.Balance(ctx, w); err != nil { // a second open grants nothing
			t.Fatal(err)
		}

		h1, err := s.Hold(ctx, w, 30, "analysis-1")
		if err != nil {
			t.Fatal(err)
		}
		again, err := s.Hold(ctx, w, 30, "analysis-1")
		if err != nil || again != h1 {
			t.Fatalf("same reference must return the same hold: %q vs %q (%v)", again, h1, err)
		}
		if b, _ = s.Balance(ctx, w); b.Held != 30 || b.Available != 70 {
			t.Fatalf("after hold: %+v", b)
		}
		// Settle charges the actual cost, capped at the hold, once.
		for range 3 {
			if err := s.Settle(ctx, h1, 12); err != nil {
				t.Fatal(err)
			}
		}
		if b, _ = s.Balance(ctx, w); b.Balance != 88 || b.Held != 0 {
			t.Fatalf("after settle: %+v", b)
		}
		h2, _ := s.Hold(ctx, w, 50, "analysis-2")
		if err := s.Settle(ctx, h2, 500); err != nil {
			t.Fatal(err)
		}
		if b, _ = s.Balance(ctx, w); b.Balance != 38 {
			t.Fatalf("a charge above the hold must be capped: %+v", b)
		}
		h3, _ := s.Hold(ctx, w, 20, "analysis-3")
		if err := s.Release(ctx, h3); err != nil {
			t.Fatal(err)
		}
		if err := s.Settle(ctx, h3, 20); err != nil { // released holds cannot be charged later
			t.Fatal(err)
		}
		if b, _ = s.Balance(ctx, w); b.Balance != 38 || b.Held != 0 {
			t.Fatalf("after release: %+v", b)
		}
		_, err = s.Hold(ctx, w, 39, "analysis-4")
		if errs.KindOf(err) != errs.KindPaymentRequired {
			t.Fatalf("over-balance hold: want payment required, got %v", err)
		}
		if err := s.Settle(ctx, uuid.Must(uuid.NewV7()).String(), 1); errs.KindOf(err) != errs.KindNotFound {
			t.Fatalf("unknown hold: %v", err)
		}
		page, _, err := s.Ledger(ctx, w, "", 10)
		if err != nil || len(page) != 3 || page[0].Kind != KindCharge || page[2].Kind != KindSignupGrant {
			t.Fatalf("ledger: %+v %v", page, err)
		}
		if page[0].BalanceAfter != 38 || page[1].BalanceAfter != 88 {
			t.Fatalf("balance_after: %+v", page)
		}
		checkBalanced(t, s)
	})
}

func TestGrantIsIdempotent(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		s := newService(t, db, 0, true)
		w := ws()
		for i := range 5 {
			applied, err := s.Grant(ctx, w, 25, KindAdminGrant, "admin:replayed", "support")
			if err != nil || applied != (i == 0) {
				t.Fatalf("replay %d: applied=%v err=%v", i, applied, err)
			}
		}
		// A revoke takes at most what is available; only refunds and
		// disputes (TestRefundsAndDisputes) may make a balance negative.
		if _, err := s.Grant(ctx, w, -40, KindAdminRevoke, "", "too much"); errs.KindOf(err) != errs.KindInvalid {
			t.Fatalf("revoking more than available: %v", err)
		}
		if _, err := s.Hold(ctx, w, 5, "running"); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Grant(ctx, w, -25, KindAdminRevoke, "", "held credits stay"); errs.KindOf(err) != errs.KindInvalid {
			t.Fatalf("revoking held credits: %v", err)
		}
		if _, err := s.Grant(ctx, w, -20, KindAdminRevoke, "", "mistaken grant"); err != nil {
			t.Fatal(err)
		}
		b, _ := s.Balance(ctx, w)
		if b.Balance != 5 || b.Available != 0 {
			t.Fatalf("balance = %+v, want 5 with 0 available", b)
		}
		checkBalanced(t, s)
	})
}

func TestBillingOffNeverBlocks(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		s := newService(t, db, 0, false)
		w := ws()
		h, err := s.Hold(ctx, w, 1_000_000, "big")
		if err != nil {
			t.Fatalf("billing off must not block: %v", err)
		}
		if err := s.Settle(ctx, h, 1_000_000); err != nil {
			t.Fatal(err)
		}
		b, _ := s.Balance(ctx, w)
		if b.Balance != 0 || b.Held != 0 || b.BillingEnabled {
			t.Fatalf("billing off moved money: %+v", b)
		}
	})
}

func TestReleaseExpiredHolds(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		now := time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
		s := newService(t, db, 10, true)
		s.d.Now = func() time.Time { return now }
		w := ws()
		if _, err := s.Hold(ctx, w, 10, "crashed"); err != nil {
			t.Fatal(err)
		}
		now = now.Add(s.holdTimeout() + time.Minute)
		n, err := s.ReleaseExpired(ctx)
		if err != nil || n != 1 {
			t.Fatalf("released %d (%v)", n, err)
		}
		if b, _ := s.Balance(ctx, w); b.Available != 10 {
			t.Fatalf("credits not back: %+v", b)
		}
	})
}

func TestQuote(t *testing.T) {
	cfg := config.Default()
	cfg.Credits.StaticPer10kLines = 2
	cfg.Credits.CreditsPerDollar = 100
	s := &Service{d: Deps{Config: cfg}}
	tests := []struct {
		tier             string
		lines            int64
		aiMin, aiMax     float64
		wantMin, wantMax int64
		wantErr          bool
	}{
		{"static", 0, 0, 0, 1, 1, false},
		{"static", 10_000, 0, 0, 2, 2, false},
		{"static", 10_001, 0, 0, 4, 4, false},
		{"standard", 25_000, 0.10, 0.505, 6 + 10, 6 + 51, false},
		{"deep", 1, 1, 2, 2 + 100, 2 + 200, false},
		{"turbo", 1, 0, 0, 0, 0, true},
		{"static", -1, 0, 0, 0, 0, true},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/%d", tt.tier, tt.lines), func(t *testing.T) {
			lo, hi, err := s.Quote(context.Background(), "w", tt.tier, tt.lines, tt.aiMin, tt.aiMax)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v", err)
			}
			if !tt.wantErr && (lo != tt.wantMin || hi != tt.wantMax) {
				t.Fatalf("quote = %d–%d, want %d–%d", lo, hi, tt.wantMin, tt.wantMax)
			}
		})
	}
}

// TestConcurrentHoldsNeverOverspend: 200 holds of 1 credit from two service
// instances with their own connection pools against a balance of 100:
// exactly 100 succeed and the rest get 402.
func TestConcurrentHoldsNeverOverspend(t *testing.T) {
	dbtest.EachPair(t, func(t *testing.T, dbA, dbB *database.DB) {
		ctx := context.Background()
		a, b := newService(t, dbA, 100, true), newService(t, dbB, 100, true)
		w := ws()
		if _, err := a.Balance(ctx, w); err != nil {
			t.Fatal(err)
		}
		var ok, refused atomic.Int64
		var wg sync.WaitGroup
		for i := range 200 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				s := a
				if i%2 == 1 {
					s = b
				}
				_, err := s.Hold(ctx, w, 1, fmt.Sprintf("job-%d", i))
				switch {
				case err == nil:
					ok.Add(1)
				case errs.KindOf(err) == errs.KindPaymentRequired:
					refused.Add(1)
				default:
					t.Errorf("hold %d: %v", i, err)
				}
			}()
		}
		wg.Wait()
		if ok.Load() != 100 || refused.Load() != 100 {
			t.Fatalf("succeeded %d, refused %d; want 100 and 100", ok.Load(), refused.Load())
		}
		bal, _ := b.Balance(ctx, w)
		if bal.Held != 100 || bal.Available != 0 {
			t.Fatalf("overspent: %+v", bal)
		}
		checkBalanced(t, a)
	})
}
