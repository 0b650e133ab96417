package jobs_test

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/jobs"
)

func TestCollectorCountsJobsByStateAndKind(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		r, err := jobs.New(db, fastConfig(), slog.New(slog.DiscardHandler))
		if err != nil {
			t.Fatal(err)
		}
		_ = jobs.Register(r, func(ctx context.Context, j jobs.Job[echoArgs]) error { return nil })
		if err := r.Start(ctx, false); err != nil { // no workers: jobs stay queued
			t.Fatal(err)
		}
		defer func() { _ = r.Stop(ctx) }()
		for _, msg := range []string{"a", "b"} {
			if err := r.Enqueue(ctx, echoArgs{Msg: msg}); err != nil {
				t.Fatal(err)
			}
		}
		reg := prometheus.NewRegistry()
		reg.MustRegister(r.Collector())
		mfs, err := reg.Gather()
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, mf := range mfs {
			for _, m := range mf.GetMetric() {
				labels := map[string]string{}
				for _, l := range m.GetLabel() {
					labels[l.GetName()] = l.GetValue()
				}
				if labels["kind"] == "test_echo" {
					got = append(got, fmt.Sprintf("%s %s=%v", mf.GetName(), labels["state"], m.GetGauge().GetValue()))
				}
			}
		}
		if want := "vigil_jobs available=2"; strings.Join(got, ";") != want {
			t.Fatalf("got %q, want %q", got, want)
		}
	})
}
