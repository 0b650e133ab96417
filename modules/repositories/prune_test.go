package repositories

import (
	"context"
	"testing"
	"time"

	"vigil/modules/repositories/internal/store"
	"vigil/platform/database"
	"vigil/platform/dbtest"
)

// TestPruneGitHubRecords: the housekeeping chores delete delivery ids past
// DeliveryRetention and used install states past their expiry, and keep
// the rest (a recent redelivery is still recognised).
func TestPruneGitHubRecords(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
		h := newHarness(t, db, func(d *Deps) { d.Now = func() time.Time { return now } })
		ctx := context.Background()
		st := h.svc.store
		for id, age := range map[string]time.Duration{"old-1": DeliveryRetention + time.Hour, "old-2": 30 * 24 * time.Hour, "recent": time.Hour} {
			if err := st.RecordDelivery(ctx, &store.Delivery{DeliveryID: id, Event: "push", ReceivedAt: now.Add(-age)}); err != nil {
				t.Fatal(err)
			}
		}
		for nonce, expires := range map[string]time.Time{"spent": now.Add(-time.Minute), "live": now.Add(10 * time.Minute)} {
			if err := st.ConsumeInstallState(ctx, nonce, expires); err != nil {
				t.Fatal(err)
			}
		}
		tests := []struct {
			name  string
			prune func(context.Context) (int64, error)
			table string
			gone  int64
			left  int64
		}{
			{"delivery ids", h.svc.PruneDeliveries, "github_deliveries", 2, 1},
			{"install states", h.svc.PruneInstallStates, "github_install_states", 1, 1},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				n, err := tt.prune(ctx)
				if err != nil || n != tt.gone {
					t.Fatalf("pruned %d, %v; want %d", n, err, tt.gone)
				}
				var left int64
				db.Gorm().Raw("SELECT count(*) FROM " + tt.table).Scan(&left)
				if left != tt.left {
					t.Fatalf("%d rows left in %s, want %d", left, tt.table, tt.left)
				}
			})
		}
		if err := st.RecordDelivery(ctx, &store.Delivery{DeliveryID: "recent", Event: "push", ReceivedAt: now}); err != store.ErrDuplicate {
			t.Errorf("a recent delivery id was forgotten: %v", err)
		}
		if err := st.ConsumeInstallState(ctx, "live", now.Add(10*time.Minute)); err != store.ErrDuplicate {
			t.Errorf("a live used state was forgotten: %v", err)
		}
	})
}
