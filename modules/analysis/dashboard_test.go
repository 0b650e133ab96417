package analysis

import (
	"strings"
	"testing"
	"time"

	"vigil/modules/analysis/internal/store"
	"vigil/platform/dbtest"
)

func TestDashboard(t *testing.T) {
	t.Parallel()
	for _, dialect := range dbtest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			e := newEnvWith(t, dbtest.Open(t, dialect), false, func(d *Deps) {
				d.Setup = []SetupCheck{{ID: "email", Label: "Email", Detail: "off"}}
			})
			ctx := e.as("viewer")
			empty, err := e.svc.Dashboard(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if !empty.Empty || len(empty.Projects) != 0 || len(empty.Trend) != dashboardDays || empty.Setup != nil {
				t.Fatalf("empty workspace: %+v", empty)
			}

			now := time.Now().UTC()
			day := func(n int) time.Time { return now.AddDate(0, 0, -n) }
			add := func(ws, project string, status store.Status, finished time.Time, crit, high int) {
				t.Helper()
				a := store.Analysis{ID: store.NewID(), WorkspaceID: ws, CreatedBy: "0190f0f0-0000-7000-8000-000000000001", Name: project,
					ProjectKey: project, SourceKind: "upload", Tier: "static", Options: "{}", Status: status, Notes: "[]",
					CountCritical: crit, CountHigh: high, CreatedAt: finished.Add(-time.Minute), UpdatedAt: finished}
				if status == store.StatusCompleted {
					a.FinishedAt = &finished
				}
				if err := e.db.Gorm().Create(&a).Error; err != nil {
					t.Fatal(err)
				}
			}
			add(e.ws, "api", store.StatusCompleted, day(40), 2, 1) // before the window: the starting point
			add(e.ws, "api", store.StatusCompleted, day(10), 1, 0)
			add(e.ws, "web", store.StatusCompleted, day(5), 0, 3)
			add(e.ws, "web", store.StatusFailed, day(1), 9, 9)             // not completed: ignored
			add(store.NewID(), "api", store.StatusCompleted, day(2), 7, 7) // another workspace
			d, err := e.svc.Dashboard(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if d.Empty || d.OpenCritical != 1 || d.OpenHigh != 3 || len(d.Projects) != 2 {
				t.Fatalf("totals: crit %d high %d projects %+v", d.OpenCritical, d.OpenHigh, d.Projects)
			}
			if d.Projects[0].ProjectKey != "web" || d.Projects[0].OpenCritHigh != 3 {
				t.Fatalf("projects sorted by open critical/high: %+v", d.Projects)
			}
			if len(d.Recent) != 4 {
				t.Fatalf("recent: %d analyses, want the workspace's 4", len(d.Recent))
			}
			cases := []struct {
				ago        int
				crit, high int
			}{
				{29, 2, 1}, // the window opens on the pre-window state
				{11, 2, 1},
				{10, 1, 0},
				{6, 1, 0},
				{5, 1, 3},
				{0, 1, 3},
			}
			for _, c := range cases {
				p := d.Trend[dashboardDays-1-c.ago]
				if p.Day != day(c.ago).Format("2006-01-02") || p.Critical != c.crit || p.High != c.high {
					t.Errorf("%d days ago: %+v, want %d critical %d high", c.ago, p, c.crit, c.high)
				}
			}
			if d.Setup != nil {
				t.Fatalf("a viewer sees the setup checklist: %+v", d.Setup)
			}
			admin, err := e.svc.Dashboard(e.as("admin"))
			if err != nil {
				t.Fatal(err)
			}
			if len(admin.Setup) != 2 || admin.Setup[0].ID != "ai" || admin.Setup[0].Done || admin.Setup[1].ID != "email" {
				t.Fatalf("admin setup checklist: %+v", admin.Setup)
			}
		})
	}
}

// The cached dashboard JSON follows every change of the workspace's
// analyses: a new analysis, and a change to an existing one.
func TestDashboardJSONCacheFollowsChanges(t *testing.T) {
	t.Parallel()
	for _, dialect := range dbtest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			e := newEnv(t, dbtest.Open(t, dialect), false)
			ctx := e.as("viewer")
			get := func() string {
				t.Helper()
				b, err := e.svc.DashboardJSON(ctx)
				if err != nil {
					t.Fatal(err)
				}
				return string(b)
			}
			if !strings.Contains(get(), `"empty":true`) {
				t.Fatal("a new workspace's dashboard is not empty")
			}
			fin := time.Now().UTC()
			a := store.Analysis{ID: store.NewID(), WorkspaceID: e.ws, CreatedBy: "0190f0f0-0000-7000-8000-000000000001", Name: "api", ProjectKey: "api",
				SourceKind: "upload", Tier: "static", Options: "{}", Status: store.StatusCompleted, Notes: "[]", CountCritical: 2,
				CreatedAt: fin.Add(-time.Minute), UpdatedAt: fin, FinishedAt: &fin}
			if err := e.db.Gorm().Create(&a).Error; err != nil {
				t.Fatal(err)
			}
			if got := get(); !strings.Contains(got, `"open_critical":2`) {
				t.Fatalf("after an analysis completed: %s", got)
			}
			if err := e.db.Gorm().Model(&store.Analysis{}).Where("id = ?", a.ID).
				Updates(map[string]any{"count_critical": 0, "updated_at": fin.Add(time.Second)}).Error; err != nil {
				t.Fatal(err)
			}
			if got := get(); !strings.Contains(got, `"open_critical":0`) {
				t.Fatalf("after the analysis changed (a triage decision): %s", got)
			}
		})
	}
}
