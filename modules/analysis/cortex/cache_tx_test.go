package cortex

import (
	"context"
	"errors"
	"testing"

	"vigil/platform/database"
	"vigil/platform/dbtest"
)

// TestCacheJoinsTransaction: the cache queries through Database.Conn, so a
// write made inside a caller's transaction is rolled back with it and one
// made after commits (both databases).
func TestCacheJoinsTransaction(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		c := &responseCache{db: db}
		slots := []cacheSlot{{model: "m"}}
		row := cacheRow{Provider: "p", Model: "m", TemplateVersion: "v1", ContentHash: "h", Response: "{}"}
		errRollback := errors.New("roll back")
		err := db.WithTx(ctx, func(ctx context.Context) error {
			if err := c.store(ctx, "", row); err != nil {
				return err
			}
			// Visible inside the transaction that wrote it.
			if got, err := c.lookup(ctx, slots, "v1", "h"); err != nil || got == nil {
				t.Fatalf("inside the transaction: %v, %v", got, err)
			}
			return errRollback
		})
		if !errors.Is(err, errRollback) {
			t.Fatal(err)
		}
		if got, err := c.lookup(ctx, slots, "v1", "h"); err != nil || got != nil {
			t.Fatalf("after rollback: %v, %v (want no row)", got, err)
		}
		if err := db.WithTx(ctx, func(ctx context.Context) error { return c.store(ctx, "", row) }); err != nil {
			t.Fatal(err)
		}
		if got, err := c.lookup(ctx, slots, "v1", "h"); err != nil || got == nil {
			t.Fatalf("after commit: %v, %v", got, err)
		}
	})
}
