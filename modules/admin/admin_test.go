package admin

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"reflect"
	"testing"
	"time"

	"github.com/labstack/echo/v4"

	"vigil/platform/audit"
	"vigil/platform/errs"
)

type fakeUsers struct {
	stats   UserStats
	emails  map[string]string
	matches map[string][]string
	asked   []string
}

func (f *fakeUsers) UserStats(context.Context, time.Time) (UserStats, error) { return f.stats, nil }
func (f *fakeUsers) UserEmails(_ context.Context, ids []string) (map[string]string, error) {
	f.asked = ids
	return f.emails, nil
}
func (f *fakeUsers) UserIDsMatching(_ context.Context, q string) ([]string, error) {
	return f.matches[q], nil
}

type fakeAnalyses []AnalysisDay

func (f fakeAnalyses) AnalysisStats(context.Context, time.Time) ([]AnalysisDay, error) { return f, nil }

type fakeCredits CreditStats

func (f fakeCredits) CreditStats(context.Context, time.Time) (CreditStats, error) {
	return CreditStats(f), nil
}

type fakeAudit struct {
	rows   []audit.Exported
	next   int64
	filter audit.Filter
	n      int64
	err    error
}

func (f *fakeAudit) List(_ context.Context, fl audit.Filter) ([]audit.Exported, int64, error) {
	f.filter = fl
	return f.rows, f.next, nil
}
func (f *fakeAudit) VerifyCount(context.Context) (int64, error) { return f.n, f.err }

func newTestService(t *testing.T, u *fakeUsers, a fakeAnalyses, c fakeCredits, l *fakeAudit) *Service {
	t.Helper()
	now := time.Date(2026, 12, 6, 15, 0, 0, 0, time.UTC)
	s, err := New(Deps{Users: u, Analyses: a, Credits: c, Audit: l, Logger: slog.New(slog.DiscardHandler), Now: func() time.Time { return now },
		InstanceAdmin: func(next echo.HandlerFunc) echo.HandlerFunc { return next }})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestNewRejectsMissingDependencies(t *testing.T) {
	if _, err := New(Deps{}); err == nil {
		t.Fatal("New accepted no dependencies")
	}
}

func TestKPIsBucketsEachModulesReadModel(t *testing.T) {
	users := &fakeUsers{stats: UserStats{Users: 9, Admins: 2, Disabled: 1, Active: 4,
		SignUps: map[string]int{"2026-12-04": 2, "2026-12-06": 1, "2026-11-01": 7}, SignedIn: map[string]int{"2026-12-06": 3}}}
	analyses := fakeAnalyses{
		{Day: "2026-12-04", Tier: "static", Outcome: "completed", Count: 3},
		{Day: "2026-12-06", Tier: "deep", Outcome: "failed", Count: 1, AICostUSD: 0.5},
		{Day: "2026-12-06", Tier: "deep", Outcome: "completed", Count: 2, AICostUSD: 1.25},
		{Day: "2026-12-07", Tier: "static", Outcome: "completed", Count: 5}, // a clock ahead: outside the window
	}
	credits := fakeCredits{Sold: map[string]int64{"2026-12-05": 1000}, Spent: map[string]int64{"2026-12-06": 40},
		Granted: map[string]int64{"2026-12-04": 100}, Refunded: map[string]int64{"2026-12-05": 10}}
	s := newTestService(t, users, analyses, credits, &fakeAudit{})

	k, err := s.KPIs(context.Background(), 3)
	if err != nil {
		t.Fatal(err)
	}
	if k.From != "2026-12-04" || k.To != "2026-12-06" || len(k.Series) != 3 {
		t.Fatalf("window: %s to %s, %d days", k.From, k.To, len(k.Series))
	}
	wantTotals := KPITotals{Users: 9, Admins: 2, Disabled: 1, SignUps: 3, ActiveUsers: 4, Analyses: 6,
		CreditsSold: 1000, CreditsSpent: 40, CreditsGranted: 100, CreditsRefunded: 10, AICostUSD: 1.75}
	if k.Totals != wantTotals {
		t.Errorf("totals %+v, want %+v", k.Totals, wantTotals)
	}
	// A day without analyses still has its splits ({} in JSON, as the
	// schema promises: openapi:"nonnull").
	if quiet := k.Series[1]; quiet.ByTier == nil || quiet.ByOutcome == nil {
		t.Errorf("a day without analyses: %+v", quiet)
	}
	last := k.Series[2]
	if last.Analyses != 3 || last.ByOutcome["failed"] != 1 || last.ByTier["deep"] != 3 || last.SignedIn != 3 || last.CreditsSpent != 40 {
		t.Errorf("today: %+v", last)
	}
	if !reflect.DeepEqual(k.Tiers, []string{"deep", "static"}) {
		t.Errorf("tiers %v", k.Tiers)
	}
	wantMatrix := []TierOutcome{{"deep", "completed", 2}, {"deep", "failed", 1}, {"static", "completed", 3}}
	if !reflect.DeepEqual(k.Matrix, wantMatrix) {
		t.Errorf("matrix %v, want %v", k.Matrix, wantMatrix)
	}

	for _, days := range []int{0, -1, 366} {
		var e *errs.Error
		if _, err := s.KPIs(context.Background(), days); !errors.As(err, &e) || e.Kind != errs.KindInvalid || e.Fields[0].Field != "days" {
			t.Errorf("days=%d: %v, want a 422 naming days", days, err)
		}
	}
}

func TestAuditResolvesActors(t *testing.T) {
	tests := []struct {
		name      string
		actor     string
		wantIDs   []string
		wantEmail string
	}{
		{"no actor filter", "", nil, "ada@example.com"},
		{"an actor that matches", "ada", []string{"u1"}, "ada@example.com"},
		{"an actor that matches nobody filters everything out", "nobody", []string{}, "ada@example.com"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			users := &fakeUsers{emails: map[string]string{"u1": "ada@example.com"}, matches: map[string][]string{"ada": {"u1"}, "nobody": {}}}
			log := &fakeAudit{rows: []audit.Exported{{Seq: 9, ActorID: "u1", Action: "admin.user_disabled", Details: json.RawMessage(`{}`)}, {Seq: 8, Action: "system"}}, next: 8}
			s := newTestService(t, users, nil, fakeCredits{}, log)
			page, err := s.Audit(context.Background(), AuditQuery{Actor: tt.actor, Action: "admin.", Limit: 2})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(log.filter.ActorIDs, tt.wantIDs) || log.filter.Action != "admin." || log.filter.Limit != 2 {
				t.Errorf("filter %+v", log.filter)
			}
			if page.NextCursor != "8" || page.Items[0].ActorEmail != tt.wantEmail || page.Items[1].ActorEmail != "" {
				t.Errorf("page %+v", page)
			}
			if !reflect.DeepEqual(users.asked, []string{"u1"}) {
				t.Errorf("emails asked for %v (entries without an actor need none)", users.asked)
			}
		})
	}
}

func TestVerifyReportsTheFirstBrokenEntry(t *testing.T) {
	at := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name       string
		n          int64
		err        error
		wantIntact bool
		wantSeq    int64
		wantErr    bool
	}{
		{"intact", 12, nil, true, 0, false},
		{"tampered", 4, &audit.TamperError{Seq: 5, ID: "e5", Action: "x", At: at, Reason: "content does not match its hash"}, false, 5, false},
		{"database down", 0, errors.New("audit: verify: connection refused"), false, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newTestService(t, &fakeUsers{}, nil, fakeCredits{}, &fakeAudit{n: tt.n, err: tt.err})
			res, err := s.Verify(context.Background())
			if (err != nil) != tt.wantErr {
				t.Fatalf("err %v", err)
			}
			if tt.wantErr {
				return
			}
			if res.Intact != tt.wantIntact || res.Checked != tt.n || (res.Broken == nil) != tt.wantIntact || res.Message == "" {
				t.Fatalf("result %+v", res)
			}
			if res.Broken != nil && res.Broken.Seq != tt.wantSeq {
				t.Fatalf("broken at %d, want %d", res.Broken.Seq, tt.wantSeq)
			}
		})
	}
}
