package store

import (
	"context"
)

// AnalysesByIDs returns the analyses of workspaceID among ids (ids that
// are not UUIDs, or not the workspace's, are left out), in no order.
func (s *Store) AnalysesByIDs(ctx context.Context, workspaceID string, ids []string) ([]Analysis, error) {
	valid := make([]string, 0, len(ids))
	for _, id := range ids {
		if _, err := parseUUID(id); err == nil {
			valid = append(valid, id)
		}
	}
	if len(valid) == 0 {
		return nil, nil
	}
	var out []Analysis
	err := s.db.Conn(ctx).Where("workspace_id = ? AND id IN ?", workspaceID, valid).Find(&out).Error
	return out, wrap("analyses by ids", err)
}
