package analysis

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"vigil/modules/analysis/internal/intake"
	"vigil/modules/analysis/internal/store"
	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/errs"
)

// TestRequeue covers the one way a running analysis goes back to queued
// (Run's transient trouble, an interrupted job, Recover's stale worker):
// the attempt counts unless refunded, the last one fails the analysis and
// releases its credits, a "retrying" event is written, Recover's guard and
// its new job.
func TestRequeue(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db, false)
		ctx := context.Background()
		runJobs := func() int64 {
			var n int64
			if err := db.Gorm().Table("river_job").Where("kind = ?", RunArgs{}.Kind()).Count(&n).Error; err != nil {
				t.Fatal(err)
			}
			return n
		}
		tests := []struct {
			name     string
			attempts int
			r        requeueing
			stale    bool // seen is not the analysis' updated_at
			queued   bool // the analysis is not running
			// want
			requeued bool
			conflict bool
			status   store.Status
			left     int // attempts afterwards
			newJob   bool
		}{
			{name: "transient", attempts: 1, r: requeueing{message: "again", lastAttempt: "gave up"},
				requeued: true, status: store.StatusQueued, left: 1},
			{name: "refunded", attempts: 2, r: requeueing{message: "restart", lastAttempt: "gave up", refund: true},
				requeued: true, status: store.StatusQueued, left: 1},
			{name: "refunded last attempt", attempts: MaxAttempts, r: requeueing{message: "restart", lastAttempt: "gave up", refund: true},
				requeued: true, status: store.StatusQueued, left: MaxAttempts - 1},
			{name: "last attempt fails", attempts: MaxAttempts, r: requeueing{message: "again", lastAttempt: "gave up"},
				status: store.StatusFailed, left: MaxAttempts},
			{name: "recovered with a new job", attempts: 1, r: requeueing{message: "stopped", lastAttempt: "gave up", enqueue: true},
				requeued: true, status: store.StatusQueued, left: 1, newJob: true},
			{name: "worker came back", attempts: 1, r: requeueing{message: "stopped", lastAttempt: "gave up", enqueue: true}, stale: true,
				requeued: true, conflict: true, status: store.StatusRunning, left: 1},
			{name: "not running", attempts: 1, r: requeueing{message: "again", lastAttempt: "gave up"}, queued: true,
				requeued: true, conflict: true, status: store.StatusQueued, left: 0},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				c, err := e.svc.Create(e.as("member"), &Request{Tier: TierStatic,
					Source: Source{Kind: "paste", Parts: []intake.Part{{Name: "x.py", Data: []byte("x = 1\n")}}}})
				if err != nil {
					t.Fatal(err)
				}
				if !tc.queued {
					if err := e.svc.store.Transition(ctx, c.ID, []store.Status{store.StatusQueued}, store.StatusRunning,
						map[string]any{"attempts": tc.attempts, "phase": "scanning"}); err != nil {
						t.Fatal(err)
					}
				}
				a, err := e.svc.store.AnalysisByID(ctx, c.ID)
				if err != nil {
					t.Fatal(err)
				}
				r := tc.r
				if r.enqueue {
					seen := a.UpdatedAt
					if tc.stale {
						seen = seen.Add(-time.Second)
					}
					r.seen = &seen
				}
				jobsBefore := runJobs()

				requeued, err := e.svc.requeue(ctx, a, r)
				if requeued != tc.requeued || errors.Is(err, errs.ErrConflict) != tc.conflict || (err != nil && !tc.conflict) {
					t.Fatalf("requeue = %v, %v; want requeued %v, conflict %v", requeued, err, tc.requeued, tc.conflict)
				}
				got, err := e.svc.store.AnalysisByID(ctx, c.ID)
				if err != nil {
					t.Fatal(err)
				}
				if got.Status != tc.status || got.Attempts != tc.left {
					t.Errorf("%s after %d attempts, want %s after %d", got.Status, got.Attempts, tc.status, tc.left)
				}
				if tc.status == store.StatusFailed && (got.FailureReason != tc.r.lastAttempt || got.CreditsState != store.CreditsReleased) {
					t.Errorf("failed with %q, credits %s; want %q, released", got.FailureReason, got.CreditsState, tc.r.lastAttempt)
				}
				evs, err := e.svc.store.EventsAfter(ctx, c.ID, 0, 100)
				if err != nil {
					t.Fatal(err)
				}
				retrying := 0
				for _, ev := range evs {
					if ev.Phase == "retrying" {
						retrying++
						if !strings.Contains(ev.Payload, tc.r.message) {
							t.Errorf("retrying event %s lacks %q", ev.Payload, tc.r.message)
						}
					}
				}
				if want := map[bool]int{true: 1, false: 0}[tc.requeued && !tc.conflict]; retrying != want {
					t.Errorf("%d retrying events, want %d", retrying, want)
				}
				if added := runJobs() - jobsBefore; added != map[bool]int64{true: 1, false: 0}[tc.newJob] {
					t.Errorf("%d run jobs added, want new job %v", added, tc.newJob)
				}
			})
		}
	})
}
