package analysis

import (
	"bufio"
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"vigil/modules/analysis/internal/intake"
	"vigil/modules/analysis/internal/store"
	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/notify"
)

// A progress stream served by replica A wakes for events stored by replica
// B (its own pool) without polling: the poll is set to an hour, so only a
// notification (LISTEN/NOTIFY on PostgreSQL, the in-process hub on SQLite)
// can deliver them.
func TestProgressStreamWakesOnNotify(t *testing.T) {
	dbtest.EachPair(t, func(t *testing.T, dbA, dbB *database.DB) {
		ctx := context.Background()

		a := newAPI(t, dbA)
		hubA := notify.New(dbA, nil)
		hubA.Start(ctx)
		defer hubA.Stop()
		a.svc.d.Events = hubA
		a.svc.eventsPoll = time.Hour
		hubB := hubA // SQLite is one process
		if hubA.Cross() {
			hubB = notify.New(dbB, nil)
			waitListening(t, hubA, hubB)
		}
		storeB, err := store.New(dbB)
		if err != nil {
			t.Fatal(err)
		}
		replicaB := &Service{d: Deps{DB: dbB, Events: hubB}, store: storeB, log: slog.New(slog.DiscardHandler)}

		created, err := a.svc.Create(a.as("member"), &Request{Tier: TierStatic, Source: Source{Kind: "upload", Parts: []intake.Part{{Name: "n.zip", Data: zipOf(t, map[string]string{"a.py": "print(1)\n"})}}}})
		if err != nil {
			t.Fatal(err)
		}
		// The stream starts from the beginning, so it first sends the
		// "queued" event: once that arrives, the stream has subscribed and
		// read what was stored, and only a wake-up can bring it more.
		res := a.do(t, a.who("viewer"), "GET", "/api/v1/analyses/"+created.ID+"/events", "", nil)
		first := make(chan struct{})
		done := make(chan []string, 1)
		go func() {
			var data []string
			sc := bufio.NewScanner(res.Body)
			for sc.Scan() {
				if v, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
					if data = append(data, v); len(data) == 1 {
						close(first)
					}
				}
			}
			done <- data
		}()
		select {
		case <-first:
		case <-time.After(15 * time.Second):
			t.Fatal("the stream sent no first event")
		}
		for _, ph := range []string{"scanning", "completed"} {
			if _, err := replicaB.emit(ctx, created.ID, progress{Phase: ph, Status: ph}); err != nil {
				t.Fatal(err)
			}
		}
		select {
		case data := <-done:
			if got := strings.Join(data, "\n"); len(data) != 3 || !strings.Contains(data[0], `"phase":"queued"`) || !strings.Contains(got, `"phase":"scanning"`) || !strings.Contains(got, `"phase":"completed"`) {
				t.Fatalf("stream got %s", got)
			}
		case <-time.After(15 * time.Second):
			t.Fatal("the stream was not woken by replica B's events")
		}
	})
}

// waitListening returns once sub delivers what pub publishes (a probe
// topic of its own, published until it arrives): replica B's events are
// then not published before replica A listens.
func waitListening(t *testing.T, sub, pub *notify.Hub) {
	t.Helper()
	probe := "probe-" + store.NewID()
	ch, unsubscribe := sub.Subscribe(probe)
	defer unsubscribe()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); {
		if err := pub.Publish(context.Background(), probe); err != nil {
			t.Fatal(err)
		}
		select {
		case <-ch:
			return
		case <-time.After(50 * time.Millisecond):
		}
	}
	t.Fatal("the hub never delivered a notification")
}
