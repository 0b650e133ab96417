package credits

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/stripe/stripe-go/v81"
	"go.opentelemetry.io/otel"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"

	"vigil/modules/credits/internal/store"
	"vigil/platform/database"
	"vigil/platform/dbtest"
)

func TestCreditsSoldCountsEachPurchaseOnce(t *testing.T) {
	mock := stripeMockURL(t)
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		e := newBillingEnv(t, db, mock, nil)
		p := buyer()
		res := e.start(p) // 100 credits
		pending := event("evt_pending_"+res.CheckoutID, stripe.EventTypeCheckoutSessionCompleted, session(res.SessionID, res.CheckoutID, "unpaid", 1000))
		e.ok(pending)
		if got := testutil.ToFloat64(e.s.metrics.sold); got != 0 {
			t.Fatalf("an unpaid session counted %v credits sold", got)
		}
		paid := event("evt_paid_"+res.CheckoutID, stripe.EventTypeCheckoutSessionAsyncPaymentSucceeded, session(res.SessionID, res.CheckoutID, "paid", 1000))
		for range 3 {
			e.ok(paid) // replays sell nothing more
		}
		e.ok(event("evt_again_"+res.CheckoutID, stripe.EventTypeCheckoutSessionCompleted, session(res.SessionID, res.CheckoutID, "paid", 1000)))
		if got := testutil.ToFloat64(e.s.metrics.sold); got != 100 {
			t.Fatalf("vigil_credits_sold_total = %v after one paid purchase, want 100", got)
		}
		// A purchase whose webhook was lost is counted when reconciliation
		// credits it.
		now := time.Now().UTC()
		lost := &store.Checkout{ID: ws(), WorkspaceID: p.WorkspaceID, PackID: "team", Credits: 500, Amount: 4500, Currency: "usd",
			Status: store.CheckoutCreated, CreatedAt: now, UpdatedAt: now}
		if err := e.s.store.CreateCheckout(ctx, lost); err != nil {
			t.Fatal(err)
		}
		api := fakeStripeSessions(t, session("cs_test_lost_"+lost.ID, lost.ID, "paid", 4500))
		r := newBillingEnv(t, db, api.URL, nil).s
		for range 2 {
			if _, err := r.Reconcile(ctx); err != nil {
				t.Fatal(err)
			}
		}
		if got := testutil.ToFloat64(r.metrics.sold); got != 500 {
			t.Fatalf("reconciled sales = %v, want 500", got)
		}
	})
}

func TestCreditsSpentAndLedgerSpans(t *testing.T) {
	rec := tracetest.NewSpanRecorder()
	prev := otel.GetTracerProvider()
	otel.SetTracerProvider(sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(rec)))
	t.Cleanup(func() { otel.SetTracerProvider(prev) })
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		rec.Reset()
		s := newService(t, db, 100, true)
		w := ws()
		ctx, parent := otel.Tracer("test").Start(context.Background(), "analysis")
		steps := []struct {
			name  string
			do    func() error
			spent float64
		}{
			{"settle part of a hold", func() error {
				h, err := s.Hold(ctx, w, 30, "a1")
				if err != nil {
					return err
				}
				if err := s.Settle(ctx, h, 20); err != nil {
					return err
				}
				return s.Settle(ctx, h, 20) // a second settle charges nothing
			}, 20},
			{"release", func() error {
				h, err := s.Hold(ctx, w, 10, "a2")
				if err != nil {
					return err
				}
				return s.Release(ctx, h)
			}, 20},
			{"settle nothing", func() error {
				h, err := s.Hold(ctx, w, 10, "a3")
				if err != nil {
					return err
				}
				return s.Settle(ctx, h, 0)
			}, 20},
			{"settle above the hold charges the hold", func() error {
				h, err := s.Hold(ctx, w, 5, "a4")
				if err != nil {
					return err
				}
				return s.Settle(ctx, h, 50)
			}, 25},
		}
		for _, st := range steps {
			if err := st.do(); err != nil {
				t.Fatalf("%s: %v", st.name, err)
			}
			if got := testutil.ToFloat64(s.metrics.spent); got != st.spent {
				t.Fatalf("%s: vigil_credits_spent_total = %v, want %v", st.name, got, st.spent)
			}
		}
		parent.End()
		names := map[string]int{}
		for _, sp := range rec.Ended() {
			if sp.Parent().SpanID() == parent.SpanContext().SpanID() {
				names[sp.Name()]++
			}
		}
		if names["credits.hold"] != 4 || names["credits.settle"] != 4 || names["credits.release"] != 1 {
			t.Fatalf("ledger spans under the caller: %v", names)
		}
	})
}

// A settle that joins the caller's transaction is counted only when that
// transaction commits: a finish that rolls back (after the ledger write)
// charged nothing and must count nothing, and the hold can then be
// settled for real.
func TestCreditsSpentCountsOnlyCommittedCharges(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		s := newService(t, db, 100, true)
		w := ws()
		h, err := s.Hold(ctx, w, 40, "a1")
		if err != nil {
			t.Fatal(err)
		}
		boom := errors.New("later step failed")
		steps := []struct {
			name      string
			outerErr  error // what the caller's transaction returns
			amount    int64
			duringTx  float64 // counter inside the caller's transaction, after Settle
			after     float64 // counter once WithTx returned
			wantSpent int64   // credits charged in the ledger
		}{
			{"rolled back", boom, 30, 0, 0, 0},
			{"committed", nil, 30, 0, 30, 30},
			{"settled again", nil, 30, 30, 30, 30},
		}
		for _, st := range steps {
			err := db.WithTx(ctx, func(ctx context.Context) error {
				if err := s.Settle(ctx, h, st.amount); err != nil {
					return err
				}
				if got := testutil.ToFloat64(s.metrics.spent); got != st.duringTx {
					t.Errorf("%s: counter inside the transaction = %v, want %v", st.name, got, st.duringTx)
				}
				return st.outerErr
			})
			if !errors.Is(err, st.outerErr) {
				t.Fatalf("%s: err = %v", st.name, err)
			}
			if got := testutil.ToFloat64(s.metrics.spent); got != st.after {
				t.Fatalf("%s: vigil_credits_spent_total = %v, want %v", st.name, got, st.after)
			}
			b, err := s.store.GetBalance(ctx, w)
			if err != nil {
				t.Fatal(err)
			}
			if spent := 100 - b.Balance; spent != st.wantSpent {
				t.Fatalf("%s: ledger charged %d, want %d", st.name, spent, st.wantSpent)
			}
		}
		checkBalanced(t, s)
	})
}
