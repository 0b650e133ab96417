package store

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"vigil/platform/database"
)

// Writers of one analysis' events (a worker's progress, a cancel from
// another replica) never collide on a sequence number.
func TestConcurrentEventsTakeTurns(t *testing.T) {
	eachStore(t, func(t *testing.T, s *Store, db *database.DB) {
		ctx := context.Background()
		a := newAnalysis(t, s, NewID(), "shop")
		const n = 40
		var wg sync.WaitGroup
		errs := make(chan error, n)
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if _, err := s.AppendEvent(ctx, a.ID, "scanning", fmt.Sprintf(`{"i":%d}`, i)); err != nil {
					errs <- err
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Fatal(err)
		}
		evs, err := s.EventsAfter(ctx, a.ID, 0, 100)
		if err != nil {
			t.Fatal(err)
		}
		for i, e := range evs {
			if e.Seq != int64(i+1) {
				t.Fatalf("event %d has seq %d", i, e.Seq)
			}
		}
		if len(evs) != n {
			t.Fatalf("%d events, want %d", len(evs), n)
		}
	})
}
