package analysis

import (
	"context"
	"errors"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"vigil/modules/analysis/internal/intake"
	"vigil/modules/analysis/scanner"
	"vigil/modules/analysis/scanner/isolate"
	"vigil/platform/database"
	"vigil/platform/dbtest"
)

// brokenScanner fails every scan, as a scanner that cannot read a source.
type brokenScanner struct{}

func (brokenScanner) Scan(context.Context, isolate.Request, func(scanner.Progress)) (*scanner.Result, error) {
	return nil, errors.New("unreadable source")
}

func TestAnalysisMetrics(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		paste := func(e *env) string {
			t.Helper()
			c, err := e.svc.Create(e.as("member"), &Request{Tier: TierStatic, Source: Source{Kind: "paste", Parts: []intake.Part{{Name: "a.py", Data: []byte(vulnPy)}}}})
			if err != nil {
				t.Fatal(err)
			}
			return c.ID
		}
		reg := prometheus.NewPedanticRegistry()
		ok := newEnv(t, db, false)
		for _, c := range ok.svc.Collectors() {
			reg.MustRegister(c)
		}
		// completed: the worker's path (Run → complete).
		if err := ok.svc.Run(context.Background(), paste(ok)); err != nil {
			t.Fatal(err)
		}
		// canceled before it ran: counted, no duration.
		if _, err := ok.svc.Cancel(ok.as("member"), paste(ok)); err != nil {
			t.Fatal(err)
		}
		// A cancel whose transaction rolls back counts nothing: the metric
		// follows the commit, not the call.
		rolled := paste(ok)
		errRollback := errors.New("roll back")
		if err := db.WithTx(ok.as("member"), func(ctx context.Context) error {
			if _, err := ok.svc.Cancel(ctx, rolled); err != nil {
				return err
			}
			return errRollback
		}); !errors.Is(err, errRollback) {
			t.Fatalf("outer transaction: %v", err)
		}
		if v := waitStatus(t, ok, rolled, "queued"); v.Status != "queued" {
			t.Fatalf("rolled-back cancel left status %s", v.Status)
		}
		// failed: a scanner that cannot read the source.
		bad := newEnvWith(t, db, false, func(d *Deps) { d.Scanner = brokenScanner{} })
		bad.ws = ok.ws
		bad.svc.metrics = ok.svc.metrics // same registry, as in one process
		id := paste(bad)
		if err := bad.svc.Run(context.Background(), id); err != nil {
			t.Fatal(err)
		}
		if v := waitStatus(t, bad, id, "failed"); v.Status != "failed" {
			t.Fatal(v.Status)
		}
		// A second run of a finished analysis counts nothing.
		if err := bad.svc.Run(context.Background(), id); err != nil {
			t.Fatal(err)
		}
		m := ok.svc.metrics
		tests := []struct {
			outcome string
			want    float64
		}{{"completed", 1}, {"failed", 1}, {"canceled", 1}}
		for _, tc := range tests {
			if got := testutil.ToFloat64(m.finished.WithLabelValues(TierStatic, tc.outcome)); got != tc.want {
				t.Errorf("vigil_analyses_finished_total{tier=static,outcome=%s} = %v, want %v", tc.outcome, got, tc.want)
			}
		}
		// Two analyses ran (completed, failed): two observations.
		if n, err := testutil.GatherAndCount(reg, "vigil_analysis_duration_seconds"); err != nil || n != 1 {
			t.Fatalf("duration series %d: %v", n, err)
		}
		mfs, err := reg.Gather()
		if err != nil {
			t.Fatal(err)
		}
		for _, mf := range mfs {
			if mf.GetName() == "vigil_analysis_duration_seconds" {
				if c := mf.GetMetric()[0].GetHistogram().GetSampleCount(); c != 2 {
					t.Fatalf("duration observations %d, want 2", c)
				}
			}
		}
	})
}
