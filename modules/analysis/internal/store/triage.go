package store

import (
	"context"
	"errors"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"vigil/platform/errs"
)

// Triage states. Open is the absence of a decision (or its reversal).
const (
	TriageOpen          = "open"
	TriageFalsePositive = "false_positive"
	TriageAcceptedRisk  = "accepted_risk"
	TriageFixed         = "fixed"
)

// TriageLabels are the human names of the states, for anything a person
// reads (exports, SARIF justifications); the app uses the same words.
var TriageLabels = map[string]string{
	TriageOpen: "Open", TriageFalsePositive: "False positive", TriageAcceptedRisk: "Accepted risk", TriageFixed: "Fixed",
}

// TriageStates lists the accepted states.
var TriageStates = []string{TriageOpen, TriageFalsePositive, TriageAcceptedRisk, TriageFixed}

// TriageDecision is one row of analysis_triage.
type TriageDecision struct {
	WorkspaceID string `gorm:"primaryKey"`
	ProjectKey  string `gorm:"primaryKey"`
	Fingerprint string `gorm:"primaryKey"`
	State       string
	Reason      string
	DecidedBy   string
	DecidedAt   time.Time
}

// TableName implements gorm's Tabler.
func (TriageDecision) TableName() string { return "analysis_triage" }

// TriageAudit is one row of the triage audit trail.
type TriageAudit struct {
	ID          string `gorm:"primaryKey"`
	WorkspaceID string
	ProjectKey  string
	Fingerprint string
	FindingID   string
	FromState   string
	ToState     string
	Reason      string
	ActorID     string
	CreatedAt   time.Time
}

// TableName implements gorm's Tabler.
func (TriageAudit) TableName() string { return "analysis_triage_audit" }

// SetTriage records a decision for the finding's fingerprint in its
// project and appends the audit row, in one transaction.
func (s *Store) SetTriage(ctx context.Context, fs *FindingScope, state, reason, actorID string) error {
	return s.db.WithTx(ctx, func(ctx context.Context) error {
		key := TriageDecision{WorkspaceID: fs.Analysis.WorkspaceID, ProjectKey: fs.Analysis.ProjectKey, Fingerprint: fs.Finding.Fingerprint}
		var prev TriageDecision
		from := TriageOpen
		err := s.db.Conn(ctx).Where(&key).Take(&prev).Error
		switch {
		case err == nil:
			from = prev.State
		case !errors.Is(err, gorm.ErrRecordNotFound):
			return wrap("triage", err)
		}
		d := key
		d.State, d.Reason, d.DecidedBy, d.DecidedAt = state, reason, actorID, now()
		err = s.db.Conn(ctx).Clauses(clause.OnConflict{
			Columns:   []clause.Column{{Name: "workspace_id"}, {Name: "project_key"}, {Name: "fingerprint"}},
			DoUpdates: clause.AssignmentColumns([]string{"state", "reason", "decided_by", "decided_at"}),
		}).Create(&d).Error
		if err != nil {
			return wrap("triage", err)
		}
		audit := TriageAudit{ID: NewID(), WorkspaceID: key.WorkspaceID, ProjectKey: key.ProjectKey, Fingerprint: key.Fingerprint,
			FindingID: fs.Finding.ID, FromState: from, ToState: state, Reason: reason, ActorID: actorID, CreatedAt: d.DecidedAt}
		if err := s.db.Conn(ctx).Create(&audit).Error; err != nil {
			return wrap("triage audit", err)
		}
		// The decision shows in every completed analysis of the project:
		// their updated_at changes with it, which is what cached pages of
		// their findings are keyed on.
		err = s.db.Conn(ctx).Model(&Analysis{}).Where("workspace_id = ? AND project_key = ? AND status = ?", key.WorkspaceID, key.ProjectKey, StatusCompleted).
			Update("updated_at", d.DecidedAt).Error
		return wrap("triage", err)
	})
}

// TriageHistory returns the audit trail of a fingerprint, oldest first.
func (s *Store) TriageHistory(ctx context.Context, workspaceID, projectKey, fingerprint string) ([]TriageAudit, error) {
	if workspaceID == "" {
		return nil, errs.NotFound("workspace")
	}
	var out []TriageAudit
	err := s.db.Conn(ctx).Where("workspace_id = ? AND project_key = ? AND fingerprint = ?", workspaceID, projectKey, fingerprint).
		Order("created_at, id").Find(&out).Error
	return out, wrap("triage history", err)
}

// ProjectCounts tallies the open findings by severity of every completed
// analysis of a project, in one query: a triage decision belongs to the
// project, so it changes the counts (and score) of each of them. An
// analysis with no open finding maps to an empty map.
func (s *Store) ProjectCounts(ctx context.Context, workspaceID, projectKey string) (map[string]map[string]int, error) {
	var ids []string
	err := s.db.Conn(ctx).Model(&Analysis{}).Where("workspace_id = ? AND project_key = ? AND status = ?", workspaceID, projectKey, StatusCompleted).
		Pluck("id", &ids).Error
	if err != nil {
		return nil, wrap("project counts", err)
	}
	out := make(map[string]map[string]int, len(ids))
	for _, id := range ids {
		out[id] = map[string]int{}
	}
	if len(ids) == 0 {
		return out, nil
	}
	var rows []struct {
		AnalysisID string
		Severity   string
		N          int
	}
	err = s.db.Conn(ctx).Table("analysis_findings AS f").
		Select("f.analysis_id AS analysis_id, f.severity AS severity, COUNT(*) AS n").
		Joins("LEFT JOIN analysis_triage t ON t.workspace_id = f.workspace_id AND t.project_key = ? AND t.fingerprint = f.fingerprint", projectKey).
		Where("f.workspace_id = ? AND f.analysis_id IN ?", workspaceID, ids).Where(openFindings).
		Group("f.analysis_id, f.severity").Scan(&rows).Error
	if err != nil {
		return nil, wrap("project counts", err)
	}
	for _, r := range rows {
		out[r.AnalysisID][r.Severity] = r.N
	}
	return out, nil
}
