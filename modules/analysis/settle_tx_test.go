package analysis

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"

	"vigil/modules/analysis/internal/intake"
	"vigil/modules/analysis/internal/store"
	"vigil/platform/database"
	"vigil/platform/dbtest"
)

// flakyLedger refuses the first Settle, as a ledger whose database call
// fails (or a process killed right there) would.
type flakyLedger struct {
	*ledger
	refused atomic.Int32
}

func (f *flakyLedger) Settle(ctx context.Context, id string, amount int64) error {
	if f.refused.Add(1) == 1 {
		return errors.New("ledger unavailable")
	}
	return f.ledger.Settle(ctx, id, amount)
}

// TestSettleCommitsWithTheCompletion: the ledger's settle is part of the
// transaction that completes an analysis. When it fails, the analysis is
// not completed (the run is retried) instead of completed with its hold
// still open; the retry completes it and charges once. Before, a failed
// or interrupted settle left a completed analysis whose credits stayed
// held until the hold expired (seen in the topology test as 55 charges
// for 56 completed analyses).
func TestSettleCommitsWithTheCompletion(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		var fl *flakyLedger
		e := newEnvWith(t, db, false, func(d *Deps) {
			fl = &flakyLedger{ledger: d.Credits.(*ledger)}
			d.Credits = fl
		})
		ctx := context.Background()
		c, err := e.svc.Create(e.as("member"), &Request{Tier: TierStatic, Source: Source{Kind: "paste", Parts: []intake.Part{{Name: "a.py", Data: []byte(vulnPy)}}}})
		if err != nil {
			t.Fatal(err)
		}
		if err := e.svc.Run(ctx, c.ID); err == nil {
			t.Fatal("run succeeded although the ledger refused the settle")
		}
		a, err := e.svc.store.AnalysisByID(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		if a.Status == store.StatusCompleted || a.CreditsState != store.CreditsHeld {
			t.Fatalf("after a refused settle: status %s, credits %s; want not completed, held", a.Status, a.CreditsState)
		}
		if n, _ := e.svc.store.Counts(ctx, a); n["high"]+n["critical"]+n["medium"] != 0 {
			t.Fatalf("findings stored by a completion that did not commit: %v", n)
		}
		// what Recover does for a run that stopped: queued again
		if err := e.svc.store.Transition(ctx, a.ID, []store.Status{store.StatusRunning}, store.StatusQueued, nil); err != nil {
			t.Fatal(err)
		}
		if err := e.svc.Run(ctx, c.ID); err != nil {
			t.Fatal(err)
		}
		a, _ = e.svc.store.AnalysisByID(ctx, c.ID)
		settled, released, _ := fl.snapshot()
		if a.Status != store.StatusCompleted || a.CreditsState != store.CreditsSettled || len(settled) != 1 || len(released) != 0 {
			t.Fatalf("after the retry: status %s credits %s settled %v released %v", a.Status, a.CreditsState, settled, released)
		}
	})
}
