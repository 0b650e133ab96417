package jobs_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/getsentry/sentry-go"

	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/jobs"
)

type failArgs struct {
	AnalysisID  string `json:"analysis_id"`
	WorkspaceID string `json:"workspace_id"`
	Content     string `json:"content"`
	Panic       bool   `json:"panic"`
}

func (failArgs) Kind() string { return "test_sentry_fail" }

// TestFailedAndPanickingJobsReachSentry runs a failing and a panicking job
// with Sentry pointed at a fake DSN on loopback and checks the envelopes:
// tagged with kind, attempt and ids, without the job's other arguments or
// the credential in the error.
func TestFailedAndPanickingJobsReachSentry(t *testing.T) {
	var mu sync.Mutex
	var bodies []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		mu.Lock()
		bodies = append(bodies, string(b))
		mu.Unlock()
	}))
	defer srv.Close()
	if err := sentry.Init(sentry.ClientOptions{
		Dsn:       "http://key@" + strings.TrimPrefix(srv.URL, "http://") + "/1",
		Transport: sentry.NewHTTPSyncTransport(),
		Release:   "vigil@test", Environment: "test",
	}); err != nil {
		t.Fatal(err)
	}
	defer sentry.CurrentHub().BindClient(nil)

	db := dbtest.Open(t, database.SQLite)
	ctx := context.Background()
	r, err := jobs.New(db, fastConfig(), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	ran := make(chan struct{}, 4)
	_ = jobs.Register(r, func(ctx context.Context, j jobs.Job[failArgs]) error {
		ran <- struct{}{}
		if j.Args.Panic {
			panic("scanner blew up")
		}
		return errors.New("upstream said: Authorization: Bearer sk-live-abcdefghijklmnop0123")
	})
	if err := r.Start(ctx, true); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = r.Stop(ctx) }()
	for _, p := range []bool{false, true} {
		if err := r.Enqueue(ctx, failArgs{AnalysisID: "an-1", WorkspaceID: "ws-1", Content: "print(SOURCE_CODE_MARKER)", Panic: p}, jobs.MaxAttempts(1)); err != nil {
			t.Fatal(err)
		}
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		mu.Lock()
		all := strings.Join(bodies, "\n")
		n := strings.Count(all, `"job_kind":"test_sentry_fail"`)
		mu.Unlock()
		if n >= 2 {
			for _, want := range []string{`"analysis_id":"an-1"`, `"workspace_id":"ws-1"`, `"job_attempt":"1"`, `"job_panic":"true"`, "scanner blew up", `"release":"vigil@test"`} {
				if !strings.Contains(all, want) {
					t.Errorf("envelopes lack %s", want)
				}
			}
			for _, leak := range []string{"SOURCE_CODE_MARKER", "sk-live-abcdefghijklmnop0123"} {
				if strings.Contains(all, leak) {
					t.Errorf("envelopes carry %q", leak)
				}
			}
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d job events reached Sentry, want 2:\n%s", n, all)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

type expectedArgs struct{}

func (expectedArgs) Kind() string { return "test_expected_fail" }

// TestExpectedFailuresRetryOnBackoffQuietly: a worker's Backoff sets the
// wait between runs, and an Expected failure reaches Sentry only when it
// used the last attempt.
func TestExpectedFailuresRetryOnBackoffQuietly(t *testing.T) {
	var mu sync.Mutex
	var bodies []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		mu.Lock()
		bodies = append(bodies, string(b))
		mu.Unlock()
	}))
	defer srv.Close()
	if err := sentry.Init(sentry.ClientOptions{Dsn: "http://key@" + strings.TrimPrefix(srv.URL, "http://") + "/1",
		Transport: sentry.NewHTTPSyncTransport()}); err != nil {
		t.Fatal(err)
	}
	defer sentry.CurrentHub().BindClient(nil)

	db := dbtest.Open(t, database.SQLite)
	ctx := context.Background()
	r, err := jobs.New(db, fastConfig(), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	runs := make(chan time.Time, 8)
	const wait = 300 * time.Millisecond
	_ = jobs.Register(r, func(ctx context.Context, j jobs.Job[expectedArgs]) error {
		runs <- time.Now()
		return jobs.Expected(errors.New("the receiver answered 502"))
	}, jobs.Backoff(func(attempt int) time.Duration { return time.Duration(attempt) * wait }))
	if err := r.Start(ctx, true); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = r.Stop(ctx) }()
	if err := r.Enqueue(ctx, expectedArgs{}, jobs.MaxAttempts(3)); err != nil {
		t.Fatal(err)
	}
	var at []time.Time
	for len(at) < 3 {
		select {
		case ts := <-runs:
			at = append(at, ts)
		case <-time.After(20 * time.Second):
			t.Fatalf("%d runs, want 3", len(at))
		}
	}
	if g1, g2 := at[1].Sub(at[0]), at[2].Sub(at[1]); g1 < wait || g2 < 2*wait {
		t.Errorf("waits %s then %s, want at least %s then %s", g1, g2, wait, 2*wait)
	}
	time.Sleep(500 * time.Millisecond)
	select {
	case <-runs:
		t.Fatal("ran past MaxAttempts")
	default:
	}
	mu.Lock()
	all := strings.Join(bodies, "\n")
	mu.Unlock()
	if n := strings.Count(all, `"job_kind":"test_expected_fail"`); n != 1 || !strings.Contains(all, `"job_attempt":"3"`) {
		t.Fatalf("%d Sentry events, want 1 for the last attempt:\n%s", n, all)
	}
}
