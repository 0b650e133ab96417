package analysis

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"

	"vigil/modules/analysis/internal/store"
)

// dashboardDays is the length of the dashboard's trend.
const dashboardDays = 30

// SetupCheck is one item of the instance setup checklist shown to
// workspace admins: whether a capability is configured and where to set it.
type SetupCheck struct {
	ID     string `json:"id"`
	Label  string `json:"label"`
	Done   bool   `json:"done"`
	Detail string `json:"detail"`
	// Link is where it is set: an app path or a documentation page.
	Link string `json:"link"`
}

// ProjectStatus is one project's latest completed analysis.
type ProjectStatus struct {
	ProjectKey   string    `json:"project_key"`
	Name         string    `json:"name"`
	AnalysisID   string    `json:"analysis_id"`
	FinishedAt   time.Time `json:"finished_at"`
	Counts       Counts    `json:"counts"`
	Score        *int      `json:"score"`
	Grade        string    `json:"grade"`
	OpenCritHigh int       `json:"open_critical_high"`
}

// TrendPoint is the open critical and high findings across the
// workspace's projects at the end of one day (each project counted by
// its latest analysis completed by then).
type TrendPoint struct {
	Day      string `json:"day"` // YYYY-MM-DD, UTC
	Critical int    `json:"critical"`
	High     int    `json:"high"`
}

// Dashboard is what a signed-in user sees first for the acting workspace.
type Dashboard struct {
	WorkspaceID  string          `json:"workspace_id"`
	OpenCritical int             `json:"open_critical"`
	OpenHigh     int             `json:"open_high"`
	Projects     []ProjectStatus `json:"projects"`
	Trend        []TrendPoint    `json:"trend"`
	Recent       []AnalysisView  `json:"recent"`
	// Empty: the workspace has no analysis at all (show "scan your first project").
	Empty bool `json:"empty"`
	// Setup is the instance checklist, for workspace admins only (else omitted).
	Setup []SetupCheck `json:"setup,omitempty"`
}

// Dashboard gathers the acting workspace's projects (latest completed
// analysis each), their open critical/high over the last 30 days, the
// most recent analyses in any state and, for admins, the setup checklist.
func (s *Service) Dashboard(ctx context.Context) (*Dashboard, error) {
	p, err := s.authorize(ctx, ActionRead)
	if err != nil {
		return nil, err
	}
	now := time.Now().UTC()
	start := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC).AddDate(0, 0, -(dashboardDays - 1))
	before, err := s.store.LatestBefore(ctx, p.WorkspaceID, start)
	if err != nil {
		return nil, err
	}
	during, err := s.store.CompletedSince(ctx, p.WorkspaceID, start)
	if err != nil {
		return nil, err
	}
	recent, _, err := s.store.ListAnalyses(ctx, p.WorkspaceID, "", store.Page{Limit: 6})
	if err != nil {
		return nil, err
	}
	d := &Dashboard{WorkspaceID: p.WorkspaceID, Projects: []ProjectStatus{}, Recent: make([]AnalysisView, 0, len(recent)), Empty: len(recent) == 0}
	for i := range recent {
		d.Recent = append(d.Recent, s.view(&recent[i]))
	}
	d.Trend, d.Projects = trend(start, before, during)
	for _, pr := range d.Projects {
		d.OpenCritical += pr.Counts.Critical
		d.OpenHigh += pr.Counts.High
	}
	if s.d.Authorizer.Can(ctx, p, p.WorkspaceID, ActionManageAI) == nil {
		d.Setup = s.setupChecks()
	}
	return d, nil
}

// trend replays the completed analyses day by day: latest holds each
// project's latest analysis so far, and every day's point sums them.
func trend(start time.Time, before, during []store.ProjectPoint) ([]TrendPoint, []ProjectStatus) {
	latest := map[string]store.ProjectPoint{}
	for _, pt := range before {
		latest[pt.ProjectKey] = pt
	}
	out := make([]TrendPoint, 0, dashboardDays)
	i := 0
	for day := 0; day < dashboardDays; day++ {
		end := start.AddDate(0, 0, day+1)
		for ; i < len(during) && during[i].FinishedAt.Before(end); i++ {
			latest[during[i].ProjectKey] = during[i]
		}
		tp := TrendPoint{Day: start.AddDate(0, 0, day).Format("2006-01-02")}
		for _, pt := range latest {
			tp.Critical += pt.CountCritical
			tp.High += pt.CountHigh
		}
		out = append(out, tp)
	}
	for ; i < len(during); i++ { // finished after today's start (clock skew): still the latest
		latest[during[i].ProjectKey] = during[i]
	}
	projects := make([]ProjectStatus, 0, len(latest))
	for _, pt := range latest {
		projects = append(projects, ProjectStatus{ProjectKey: pt.ProjectKey, Name: pt.Name, AnalysisID: pt.ID, FinishedAt: pt.FinishedAt,
			Counts: Counts{Critical: pt.CountCritical, High: pt.CountHigh, Medium: pt.CountMedium, Low: pt.CountLow},
			Score:  pt.Score, Grade: pt.Grade, OpenCritHigh: pt.CountCritical + pt.CountHigh})
	}
	sort.Slice(projects, func(a, b int) bool {
		if projects[a].OpenCritHigh != projects[b].OpenCritHigh {
			return projects[a].OpenCritHigh > projects[b].OpenCritHigh
		}
		return projects[a].ProjectKey < projects[b].ProjectKey
	})
	return out, projects
}

// setupChecks is the instance checklist: the AI provider from this
// module, the rest from the configuration main.go passes in.
func (s *Service) setupChecks() []SetupCheck {
	ai := s.d.AI != nil && s.d.AI.Configured()
	checks := []SetupCheck{{ID: "ai", Label: "AI provider", Done: ai, Link: "/settings/workspaces",
		Detail: map[bool]string{true: "Analyses above the static tier get AI triage, review and fixes.",
			false: "No instance AI provider: analyses run static-only. Add your workspace's own key in workspace settings, or set VIGIL_AI_* on the server."}[ai]}}
	return append(checks, s.d.Setup...)
}

// DashboardJSON is Dashboard as JSON, kept in this process's page cache
// under the workspace's version (read from the database on every
// request, so no replica serves a dashboard another has made stale), the
// day (the trend's window moves at midnight UTC) and whether the caller
// sees the setup checklist.
func (s *Service) DashboardJSON(ctx context.Context) ([]byte, error) {
	body, _, err := s.dashboardJSON(ctx)
	return body, err
}

// dashboardJSON is DashboardJSON with its page cache key.
func (s *Service) dashboardJSON(ctx context.Context) ([]byte, string, error) {
	p, err := s.authorize(ctx, ActionRead)
	if err != nil {
		return nil, "", err
	}
	ver, err := s.cachedWorkspaceVersion(ctx, p.WorkspaceID)
	if err != nil {
		return nil, "", err
	}
	admin := s.d.Authorizer.Can(ctx, p, p.WorkspaceID, ActionManageAI) == nil
	key := "dashboard\x00" + p.WorkspaceID + "\x00" + ver + "\x00" + time.Now().UTC().Format("2006-01-02") + "\x00" + strconv.FormatBool(admin)
	body, err := s.pages.load(ctx, key, func() ([]byte, error) {
		d, err := s.Dashboard(ctx)
		if err != nil {
			return nil, err
		}
		body, err := json.Marshal(d)
		if err != nil {
			return nil, fmt.Errorf("analysis: dashboard: %w", err)
		}
		return body, nil
	})
	if err != nil {
		return nil, "", err
	}
	return body, key, nil
}

func (s *Service) handleDashboard(c echo.Context) error {
	body, key, err := s.dashboardJSON(c.Request().Context())
	if err != nil {
		return err
	}
	return s.writePage(c, key, body)
}
