package store

import (
	"context"
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
