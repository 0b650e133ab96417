package notify

import (
	"context"
	"testing"
	"time"

	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/dbtest"
)

func received(ch <-chan struct{}, within time.Duration) bool {
	select {
	case <-ch:
		return true
	case <-time.After(within):
		return false
	}
}

// Two replicas (own pools) on one database: a publish inside a transaction
// on B wakes A's subscriber only once B commits; on SQLite the hub is
// in-process.
func TestPublishWakesSubscribers(t *testing.T) {
	dbtest.EachConfig(t, func(t *testing.T, cfg config.Config) {
		ctx := context.Background()
		a, b, dbB := replicas(t, cfg)
		topic := "analysis-" + time.Now().Format("150405.000000000")
		ch, unsubscribe := a.Subscribe(topic)
		other, unsubscribeOther := a.Subscribe(topic + "-other")
		defer unsubscribeOther()

		err := dbB.WithTx(ctx, func(ctx context.Context) error {
			if err := b.Publish(ctx, topic); err != nil {
				return err
			}
			if a.Cross() && received(ch, 300*time.Millisecond) {
				t.Error("delivered before commit")
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if !received(ch, 5*time.Second) {
			t.Fatal("subscriber not woken")
		}
		if received(other, 200*time.Millisecond) {
			t.Fatal("another topic's subscriber was woken")
		}
		// Many publishes coalesce into one pending wake-up, never block.
		for range 50 {
			if err := b.Publish(ctx, topic); err != nil {
				t.Fatal(err)
			}
		}
		if !received(ch, 5*time.Second) {
			t.Fatal("not woken after a burst")
		}
		unsubscribe()
		// The burst's last notifications may arrive after the wake-up
		// above and leave one more pending; drop it, so only a wake-up
		// caused by the publish below can fail the test.
		select {
		case <-ch:
		default:
		}
		if err := b.Publish(ctx, topic); err != nil {
			t.Fatal(err)
		}
		if received(ch, 300*time.Millisecond) {
			t.Fatal("woken after unsubscribe")
		}
	})
}

// The listener's connection is killed: it reconnects, wakes everyone (they
// may have missed something) and keeps delivering.
func TestListenerReconnects(t *testing.T) {
	db := dbtest.Open(t, "postgres")
	ctx := context.Background()
	h := New(db, nil)
	h.Start(ctx)
	defer h.Stop()
	ch, unsubscribe := h.Subscribe("t")
	defer unsubscribe()
	waitListening(t, h, h)
	// The first connection woke every subscriber; drop that wake-up, so
	// only the reconnect's can satisfy the check below.
	select {
	case <-ch:
	default:
	}
	// end this hub's listener only: other packages' tests (and vigil
	// processes) share the server and its channel
	if err := db.Gorm().Exec(`SELECT pg_terminate_backend(?)`, int64(h.pid.Load())).Error; err != nil {
		t.Fatal(err)
	}
	if !received(ch, 10*time.Second) {
		t.Fatal("not woken after the reconnect")
	}
	waitListening(t, h, h)
	if err := h.Publish(ctx, "t"); err != nil {
		t.Fatal(err)
	}
	if !received(ch, 5*time.Second) {
		t.Fatal("not delivering after the reconnect")
	}
}

// waitListening returns once sub's listener delivers what pub publishes:
// it publishes a probe topic of its own until sub's subscriber to it is
// woken (by the probe, or by the wake-up sent to everyone when LISTEN
// takes effect). Counting LISTEN sessions in pg_stat_activity cannot tell
// this hub's from another process's on the same server.
// replicas returns a listening hub a and a hub b publishing to it: on
// PostgreSQL two replicas (own pools) on one database, b's on dbB; on
// SQLite (one process) a itself.
func replicas(t *testing.T, cfg config.Config) (a, b *Hub, dbB *database.DB) {
	t.Helper()
	dbA := dbtest.OpenConfig(t, cfg)
	dbB = dbtest.OpenConfig(t, cfg)
	a, b = New(dbA, nil), New(dbB, nil)
	a.Start(context.Background())
	t.Cleanup(a.Stop)
	if !a.Cross() {
		return a, a, dbA
	}
	waitListening(t, a, b)
	return a, b, dbB
}

func waitListening(t *testing.T, sub, pub *Hub) {
	t.Helper()
	probe := "probe-" + time.Now().Format("150405.000000000")
	ch, unsubscribe := sub.Subscribe(probe)
	defer unsubscribe()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if err := pub.Publish(context.Background(), probe); err != nil {
			t.Fatal(err)
		}
		if received(ch, 50*time.Millisecond) {
			return
		}
	}
	t.Fatal("listener never delivered a notification")
}

// OnPrefix hands every matching topic to its function, none coalesced,
// across replicas on PostgreSQL, and stops after its cancel.
func TestOnPrefixGetsEveryTopic(t *testing.T) {
	dbtest.EachConfig(t, func(t *testing.T, cfg config.Config) {
		ctx := context.Background()
		a, b, _ := replicas(t, cfg)
		prefix := "writes-" + time.Now().Format("150405.000000000")
		got := make(chan string, 100)
		stop := a.OnPrefix(prefix, func(topic string) { got <- topic })
		want := []string{prefix + "/w1/a1", prefix + "/w1/a2", prefix}
		for _, topic := range append([]string{"other/" + prefix}, want...) {
			if err := b.Publish(ctx, topic); err != nil {
				t.Fatal(err)
			}
		}
		for _, w := range want {
			select {
			case topic := <-got:
				if topic != w {
					t.Fatalf("got %q, want %q", topic, w)
				}
			case <-time.After(5 * time.Second):
				t.Fatalf("%q never arrived", w)
			}
		}
		stop()
		if err := b.Publish(ctx, prefix+"/w1/a3"); err != nil {
			t.Fatal(err)
		}
		// A probe published after it has passed the listener too.
		waitListening(t, a, b)
		select {
		case topic := <-got:
			t.Fatalf("%q arrived after stop", topic)
		default:
		}
	})
}
