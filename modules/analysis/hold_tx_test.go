package analysis

import (
	"context"
	"testing"

	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/dbtest"
)

// txCredits records whether each hold was taken inside the database
// transaction that stores the analysis.
type txCredits struct {
	Credits
	db   *database.DB
	inTx []bool
}

func (c *txCredits) Hold(ctx context.Context, ws string, amount int64, ref string) (string, error) {
	c.inTx = append(c.inTx, c.db.InTx(ctx))
	return c.Credits.Hold(ctx, ws, amount, ref)
}

// TestHoldCommitsWithTheAnalysis: the credits hold of a new analysis is
// taken inside the transaction that stores the analysis and its job, so
// a process that dies between the two leaves neither (before, the hold was
// committed first and a crash left it reserving credits until it expired).
func TestHoldCommitsWithTheAnalysis(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		var tc *txCredits
		a := newAPIWith(t, db, config.HTTP{BodyLimit: "1M", UploadLimit: "20M"}, func(d *Deps) {
			tc = &txCredits{Credits: d.Credits, db: db}
			d.Credits = tc
		})
		a.queued(t)
		if len(tc.inTx) != 1 || !tc.inTx[0] {
			t.Fatalf("holds taken in the create transaction: %v, want [true]", tc.inTx)
		}
	})
}
