package analysis

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
)

// startLoad starts a load of key whose fill blocks until release is
// closed, and returns once the load is registered, so loads started after
// it find it in flight.
func startLoad(t *testing.T, c *pageCache, key string, release chan struct{}, fill func() ([]byte, error)) <-chan error {
	t.Helper()
	errc := make(chan error, 1)
	go func() {
		_, err := c.load(context.Background(), key, func() ([]byte, error) { <-release; return fill() })
		errc <- err
	}()
	for {
		c.mu.Lock()
		_, ok := c.loading[key]
		c.mu.Unlock()
		if ok {
			return errc
		}
	}
}

// Requests that miss the same page at the same time get the first one's
// page instead of each making it; a failed maker leaves the others to make
// it themselves; a waiter whose request ends stops waiting.
func TestPageCacheLoadMakesAPageOnce(t *testing.T) {
	tests := []struct {
		name      string
		leaderErr error
		wantMade  int32 // fills run, the leader's included
	}{
		{"waiters share the maker's page", nil, 1},
		{"waiters make it themselves when the maker fails", errors.New("client went away"), 1 + 8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newPageCache(1 << 20)
			var made atomic.Int32
			fill := func() ([]byte, error) { made.Add(1); return []byte(`{"page":1}`), nil }
			release := make(chan struct{})
			leader := startLoad(t, c, "k", release, func() ([]byte, error) {
				if tt.leaderErr != nil {
					made.Add(1)
					return nil, tt.leaderErr
				}
				return fill()
			})
			var wg sync.WaitGroup
			bodies := make([][]byte, 8)
			errs := make([]error, 8)
			for i := range bodies {
				wg.Add(1)
				go func() {
					defer wg.Done()
					bodies[i], errs[i] = c.load(context.Background(), "k", fill)
				}()
			}
			close(release)
			wg.Wait()
			if err := <-leader; !errors.Is(err, tt.leaderErr) {
				t.Errorf("leader: %v, want %v", err, tt.leaderErr)
			}
			for i := range bodies {
				if errs[i] != nil || string(bodies[i]) != `{"page":1}` {
					t.Errorf("waiter %d: %q, %v", i, bodies[i], errs[i])
				}
			}
			if got := made.Load(); got > tt.wantMade || (tt.leaderErr == nil && got != 1) {
				t.Errorf("page made %d times, want %d", got, tt.wantMade)
			}
			before := made.Load()
			if body, err := c.load(context.Background(), "k", fill); err != nil || string(body) != `{"page":1}` || made.Load() != before {
				t.Errorf("a later load should be a cache hit: %q %v, made %d -> %d", body, err, before, made.Load())
			}
			if len(c.loading) != 0 {
				t.Errorf("loads left in flight: %d", len(c.loading))
			}
		})
	}

	t.Run("a waiter whose request ends stops waiting", func(t *testing.T) {
		c := newPageCache(1 << 20)
		release := make(chan struct{})
		leader := startLoad(t, c, "k", release, func() ([]byte, error) { return []byte("x"), nil })
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if _, err := c.load(ctx, "k", func() ([]byte, error) { t.Error("waiter made the page"); return nil, nil }); !errors.Is(err, context.Canceled) {
			t.Errorf("canceled waiter: %v", err)
		}
		close(release)
		if err := <-leader; err != nil {
			t.Fatal(err)
		}
	})
}
