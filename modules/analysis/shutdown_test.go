package analysis

import (
	"context"
	"io"
	"log/slog"
	"net"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"vigil/modules/analysis/internal/intake"
	"vigil/modules/analysis/internal/store"
	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/httpserver"
	"vigil/platform/jobs"
	"vigil/platform/principal/principaltest"
)

// TestShutdownRequeuesRunningAnalysisAtOnce: a replica shutting down
// (runner.Stop, what SIGTERM does) while an analysis runs past the drain
// timeout gives it back at once: queued, no attempt spent, a "retrying"
// event, credits still held and nothing settled or released; another
// replica then completes it without waiting for the recovery sweep, and
// it is charged once.
func TestShutdownRequeuesRunningAnalysisAtOnce(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db, true)
		e.svc.staleAfter = time.Hour // the recovery sweep must not be what requeues it
		scanning := make(chan struct{})
		release := make(chan struct{})
		var once sync.Once
		e.svc.phaseHook = func(phase string) {
			if phase == "scanning" {
				once.Do(func() { close(scanning); <-release })
			}
		}
		c, err := e.svc.Create(e.as("member"), &Request{Tier: TierStatic, Source: Source{Kind: "paste", Parts: []intake.Part{{Name: "a.py", Data: []byte(vulnPy)}}}})
		if err != nil {
			t.Fatal(err)
		}
		select {
		case <-scanning:
		case <-time.After(30 * time.Second):
			t.Fatal("the analysis did not start")
		}
		ctx := context.Background()
		drain, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
		defer cancel()
		stopped := make(chan error, 1)
		go func() { stopped <- e.runner.Stop(drain) }()
		<-drain.Done() // the drain timeout passes with the scan still running
		close(release)
		if err := <-stopped; err != nil {
			t.Fatal(err)
		}
		a, err := e.svc.store.AnalysisByID(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		if a.Status != store.StatusQueued || a.Attempts != 0 || a.CreditsState != store.CreditsHeld {
			t.Fatalf("after the shutdown: status %s attempts %d credits %s, want queued, 0, held", a.Status, a.Attempts, a.CreditsState)
		}
		evs, _ := e.svc.store.EventsAfter(ctx, c.ID, 0, 100)
		if last := evs[len(evs)-1]; last.Phase != "retrying" || !strings.Contains(last.Payload, "server restarted") {
			t.Fatalf("last event %s %s", last.Phase, last.Payload)
		}
		if settled, released, _ := e.ledger.snapshot(); len(settled) != 0 || len(released) != 0 {
			t.Fatalf("settled %v released %v during the shutdown", settled, released)
		}

		// Another replica takes it up now.
		other, err := jobs.New(db, config.Jobs{Workers: 1, PollInterval: 100 * time.Millisecond}, slog.New(slog.DiscardHandler))
		if err != nil {
			t.Fatal(err)
		}
		if err := e.svc.Jobs(other); err != nil {
			t.Fatal(err)
		}
		if err := other.Start(ctx, true); err != nil {
			t.Fatal(err)
		}
		defer other.Stop(ctx)
		v := waitStatus(t, e, c.ID, "completed", "failed")
		settled, released, _ := e.ledger.snapshot()
		if v.Status != "completed" || len(settled) != 1 || len(released) != 0 {
			t.Fatalf("status %s settled %v released %v, want completed and charged once", v.Status, settled, released)
		}
		a, _ = e.svc.store.AnalysisByID(ctx, c.ID)
		if a.Attempts != 1 {
			t.Fatalf("attempts %d, want 1 (the interrupted run spent none)", a.Attempts)
		}
	})
}

// TestProgressStreamEndsOnShutdown: an open progress stream does not hold
// the server's drain: Shutdown ends it with a "restarting" event (and a
// short retry, so the browser reconnects to another replica) and returns
// long before its timeout.
func TestProgressStreamEndsOnShutdown(t *testing.T) {
	db := dbtest.Open(t, database.SQLite)
	e := newEnvWith(t, db, false, nil) // no workers: the analysis stays queued
	e.svc.d.Authenticate = principaltest.HeaderAuth
	hs, err := httpserver.New(httpserver.Options{Config: config.HTTP{BodyLimit: "1M", UploadLimit: "1M"}, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	hs.Mount(e.svc.Routes()...)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = hs.Serve(context.Background(), ln) }()
	a := &api{env: e, srv: &httptest.Server{URL: "http://" + ln.Addr().String()}}
	id := a.queued(t)
	res := a.do(t, a.who("viewer"), "GET", "/api/v1/analyses/"+id+"/events", "", nil)
	if res.StatusCode != 200 {
		t.Fatalf("events: %d", res.StatusCode)
	}
	body := make(chan string, 1)
	go func() { b, _ := io.ReadAll(res.Body); body <- string(b) }()
	time.Sleep(200 * time.Millisecond) // the stream is open and waiting

	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	t0 := time.Now()
	if err := hs.Shutdown(sctx); err != nil {
		t.Fatal(err)
	}
	if took := time.Since(t0); took > 3*time.Second {
		t.Fatalf("Shutdown took %s: the stream held the drain", took)
	}
	select {
	case got := <-body:
		if !strings.Contains(got, "event: restarting\nretry: 1000\ndata: {\"message\":\"server restarting\"}\n\n") {
			t.Fatalf("stream ended with %q", got)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the stream did not end")
	}
}
