package store

import (
	"context"
	"fmt"
	"time"
)

// ProjectPoint is one completed analysis as the dashboard sees it.
type ProjectPoint struct {
	ID            string
	Name          string
	ProjectKey    string
	FinishedAt    time.Time
	CountCritical int
	CountHigh     int
	CountMedium   int
	CountLow      int
	Score         *int
	Grade         string
}

const pointColumns = "id, name, project_key, finished_at, count_critical, count_high, count_medium, count_low, score, grade"

// CompletedSince returns the workspace's analyses completed at or after
// since, oldest first.
func (s *Store) CompletedSince(ctx context.Context, workspaceID string, since time.Time) ([]ProjectPoint, error) {
	var out []ProjectPoint
	err := s.db.Conn(ctx).Table("analyses").Select(pointColumns).
		Where("workspace_id = ? AND status = ? AND finished_at >= ?", workspaceID, StatusCompleted, since).
		Order("finished_at, id").Limit(5000).Find(&out).Error
	return out, wrap("completed since", err)
}

// LatestBefore returns, for each project of the workspace, its last
// analysis completed before t.
func (s *Store) LatestBefore(ctx context.Context, workspaceID string, t time.Time) ([]ProjectPoint, error) {
	var out []ProjectPoint
	err := s.db.Conn(ctx).Table("analyses AS a").Select(pointColumns).
		Where("a.workspace_id = ? AND a.status = ? AND a.finished_at < ?", workspaceID, StatusCompleted, t).
		Where(`NOT EXISTS (SELECT 1 FROM analyses b WHERE b.workspace_id = a.workspace_id AND b.project_key = a.project_key
			AND b.status = ? AND b.finished_at < ? AND (b.finished_at > a.finished_at OR (b.finished_at = a.finished_at AND b.id > a.id)))`, StatusCompleted, t).
		Limit(1000).Find(&out).Error
	return out, wrap("latest before", err)
}

// WorkspaceVersion changes whenever anything the dashboard shows may have:
// an analysis added or deleted (the count) or one changed (the latest
// updated_at: status, counts, or a triage decision touching its project).
func (s *Store) WorkspaceVersion(ctx context.Context, workspaceID string) (string, error) {
	var n int64
	if err := s.db.Conn(ctx).Model(&Analysis{}).Where("workspace_id = ?", workspaceID).Count(&n).Error; err != nil {
		return "", wrap("workspace version", err)
	}
	if n == 0 {
		return "0", nil
	}
	var a Analysis
	if err := s.db.Conn(ctx).Select("id, updated_at").Where("workspace_id = ?", workspaceID).
		Order("updated_at DESC").Limit(1).Take(&a).Error; err != nil {
		return "", wrap("workspace version", err)
	}
	return fmt.Sprintf("%d/%d", n, a.UpdatedAt.UnixNano()), nil
}

// DayStats counts one UTC day's analyses of one tier and status, with
// what their AI calls cost.
type DayStats struct {
	Day       string
	Tier      string
	Status    Status
	N         int
	AICostUSD float64 `gorm:"column:ai_cost_usd"`
}

// DayStatsSince groups every workspace's analyses created at or after
// from by UTC day, tier and status, for the instance KPIs (the database
// sums; only the groups travel).
func (s *Store) DayStatsSince(ctx context.Context, from time.Time) ([]DayStats, error) {
	var out []DayStats
	day := s.db.UTCDate("created_at")
	err := s.db.Conn(ctx).Table("analyses").
		Select(day+" AS day, tier, status, count(*) AS n, coalesce(sum(ai_cost_usd), 0) AS ai_cost_usd").
		Where("created_at >= ?", from.UTC()).Group(day + ", tier, status").Find(&out).Error
	return out, wrap("day stats since", err)
}
