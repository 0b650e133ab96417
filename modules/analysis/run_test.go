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

func TestStaticAnalysisEndToEnd(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db, true)
		src := zipOf(t, map[string]string{"app/handler.py": vulnPy, "README.md": "hello\n"})
		created, err := e.svc.Create(e.as("member"), &Request{Tier: TierStatic, Source: Source{Kind: "upload", Parts: []intake.Part{{Name: "shop.zip", Data: src}}}})
		if err != nil {
			t.Fatal(err)
		}
		if created.Status != "queued" || created.Quote.MaxCredits != 1 || created.Quote.Files != 2 {
			t.Fatalf("created %+v", created)
		}
		v := waitStatus(t, e, created.ID, "completed", "failed")
		if v.Status != "completed" {
			t.Fatalf("failed: %s", v.FailureReason)
		}
		total := v.Counts.Critical + v.Counts.High + v.Counts.Medium + v.Counts.Low + v.Counts.Info
		if total == 0 || v.Score == nil || *v.Score >= 100 || v.Grade == "" || v.Name != "shop" || v.FilesScanned == 0 {
			t.Fatalf("report: %+v", v)
		}
		// The source goes right after the analysis completes (never before:
		// a retried run would need it), so it may outlive the status by a
		// moment.
		for deadline := time.Now().Add(10 * time.Second); v.SourceRetained && time.Now().Before(deadline); {
			time.Sleep(20 * time.Millisecond)
			if v, err = e.svc.Get(e.as("viewer"), created.ID); err != nil {
				t.Fatal(err)
			}
		}
		if v.SourceRetained {
			t.Fatal("source kept with retention 0")
		}
		if _, err := e.svc.d.Blobs.Get(context.Background(), "analysis/"+v.ID+"/source.tar.gz"); !errors.Is(err, errs.ErrNotFound) {
			t.Fatalf("source blob not deleted: %v", err)
		}
		settled, released, balance := e.ledger.snapshot()
		if len(settled) != 1 || len(released) != 0 || v.CostCredits != 1 || settled["hold-1"] != 1 || balance != 1_000_000-1 {
			t.Fatalf("credits: settled %v released %v balance %d cost %d", settled, released, balance, v.CostCredits)
		}
		page, err := e.svc.Findings(e.as("viewer"), v.ID, FindingFilter{File: "app/"}, "", 50)
		if err != nil || len(page.Items) != total {
			t.Fatalf("findings %d (want %d): %v", len(page.Items), total, err)
		}
		evs, _ := e.svc.store.EventsAfter(context.Background(), v.ID, 0, 100)
		// A scan longer than the progress interval adds "scanning"
		// progress events (a loaded machine): each phase counts once.
		var phases []string
		for _, ev := range evs {
			if n := len(phases); n == 0 || phases[n-1] != ev.Phase {
				phases = append(phases, ev.Phase)
			}
		}
		if got := strings.Join(phases, ","); got != "queued,unpacking,scanning,storing,completed" {
			t.Fatalf("phases %s", got)
		}
	})
}

func TestCreateRejections(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db, false)
		ok := []intake.Part{{Name: "a.py", Data: []byte(vulnPy)}}
		tests := []struct {
			name string
			ctx  context.Context
			req  Request
			kind errs.Kind
		}{
			{"bad tier", e.as("member"), Request{Tier: "gold", Source: Source{Kind: "upload", Parts: ok}}, errs.KindInvalid},
			{"zip slip", e.as("member"), Request{Tier: TierStatic, Source: Source{Kind: "upload", Parts: []intake.Part{{Name: "x.zip", Data: zipOf(t, map[string]string{"../x": "y"})}}}}, errs.KindInvalid},
			{"empty paste", e.as("member"), Request{Tier: TierStatic, Source: Source{Kind: "paste", Parts: []intake.Part{{Name: "a.py", Data: nil}}}}, errs.KindInvalid},
			{"unknown focus area", e.as("member"), Request{Tier: TierStandard, Options: Options{Focus: []string{"A01", "sqli"}}, Source: Source{Kind: "upload", Parts: ok}}, errs.KindInvalid},
			{"viewer", e.as("viewer"), Request{Tier: TierStatic, Source: Source{Kind: "upload", Parts: ok}}, errs.KindForbidden},
			{"anonymous", context.Background(), Request{Tier: TierStatic, Source: Source{Kind: "upload", Parts: ok}}, errs.KindUnauthorized},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				if _, err := e.svc.Create(tc.ctx, &tc.req); errs.KindOf(err) != tc.kind {
					t.Fatalf("got %v, want %s", err, tc.kind)
				}
			})
		}
		t.Run("nothing stored, nothing held", func(t *testing.T) {
			var n int64
			db.Gorm().Table("analyses").Count(&n)
			var b int64
			db.Gorm().Table("blobs").Count(&b)
			if n != 0 || b != 0 || len(e.ledger.calls) != 0 {
				t.Fatalf("analyses %d blobs %d credit calls %v", n, b, e.ledger.calls)
			}
		})
		t.Run("short balance is 402 and stores nothing", func(t *testing.T) {
			e.ledger.balance = 0
			if _, err := e.svc.Create(e.as("member"), &Request{Tier: TierStatic, Source: Source{Kind: "upload", Parts: ok}}); errs.KindOf(err) != errs.KindPaymentRequired {
				t.Fatalf("got %v", err)
			}
			var n int64
			db.Gorm().Table("analyses").Count(&n)
			if n != 0 {
				t.Fatal("analysis stored without a hold")
			}
		})
	})
}

func TestCancelReleasesOnce(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db, false) // no workers: the analysis stays queued
		c, err := e.svc.Create(e.as("member"), &Request{Tier: TierStatic, Source: Source{Kind: "paste", Parts: []intake.Part{{Name: "a.py", Data: []byte(vulnPy)}}}})
		if err != nil {
			t.Fatal(err)
		}
		v, err := e.svc.Cancel(e.as("member"), c.ID)
		if err != nil || v.Status != "canceled" || v.CreditsState != store.CreditsReleased {
			t.Fatalf("cancel: %+v %v", v, err)
		}
		if _, err := e.svc.Cancel(e.as("member"), c.ID); !errors.Is(err, errs.ErrConflict) {
			t.Fatalf("second cancel: %v", err)
		}
		// A worker picking the job up later does nothing.
		if err := e.svc.Run(context.Background(), c.ID); err != nil {
			t.Fatal(err)
		}
		_, released, balance := e.ledger.snapshot()
		if released["hold-1"] != 1 || balance != 1_000_000 {
			t.Fatalf("released %v balance %d", released, balance)
		}
		if v := waitStatus(t, e, c.ID, "canceled"); v.FinishedAt == nil {
			t.Fatal("no finish time")
		}
	})
}
