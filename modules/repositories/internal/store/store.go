// Package store is the repositories module's data access: connected
// repositories and the scans started for them. Every method runs on the
// transaction in ctx when there is one (database.WithTx).
package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"
	"gorm.io/gorm"

	"vigil/platform/database"
)

// Providers.
const (
	ProviderGit    = "git"
	ProviderGitHub = "github"
)

// Triggers of a scan.
const (
	TriggerManual      = "manual"
	TriggerPush        = "push"
	TriggerPullRequest = "pull_request"
	TriggerSchedule    = "schedule"
)

// ErrNotFound is returned when a row does not exist.
var ErrNotFound = errors.New("repositories store: not found")

// ErrDuplicate is returned when the workspace already has the repository.
var ErrDuplicate = errors.New("repositories store: duplicate")

// Repository is one connected repository.
type Repository struct {
	ID              string    `gorm:"column:id;primaryKey"`
	WorkspaceID     string    `gorm:"column:workspace_id"`
	Provider        string    `gorm:"column:provider"`
	URL             string    `gorm:"column:url"`
	Name            string    `gorm:"column:name"`
	DefaultBranch   string    `gorm:"column:default_branch"`
	TokenSealed     string    `gorm:"column:token_sealed"`
	TokenLast4      string    `gorm:"column:token_last4"`
	InstallationID  int64     `gorm:"column:installation_id"`
	GitHubID        int64     `gorm:"column:github_id"`
	FullName        string    `gorm:"column:full_name"`
	Watched         bool      `gorm:"column:watched"`
	Tier            string    `gorm:"column:tier"`
	MonthlyBudget   int64     `gorm:"column:monthly_budget"`
	Schedule        string    `gorm:"column:schedule"`
	ReviewThreshold string    `gorm:"column:review_threshold"`
	SARIFUpload     bool      `gorm:"column:sarif_upload"`
	CreatedBy       string    `gorm:"column:created_by"`
	CreatedAt       time.Time `gorm:"column:created_at"`
	UpdatedAt       time.Time `gorm:"column:updated_at"`
}

// TableName implements gorm's Tabler.
func (Repository) TableName() string { return "repositories" }

// Scan is one analysis started for a repository.
type Scan struct {
	ID           string    `gorm:"column:id;primaryKey"`
	RepositoryID string    `gorm:"column:repository_id"`
	WorkspaceID  string    `gorm:"column:workspace_id"`
	AnalysisID   string    `gorm:"column:analysis_id"`
	Ref          string    `gorm:"column:ref"`
	CommitSHA    string    `gorm:"column:commit_sha"`
	Trigger      string    `gorm:"column:trigger_kind"`
	PRNumber     int       `gorm:"column:pr_number"`
	TriggeredBy  string    `gorm:"column:triggered_by"`
	Status       string    `gorm:"column:status"`
	Error        string    `gorm:"column:error"`
	Credits      int64     `gorm:"column:credits"`
	SARIFID      string    `gorm:"column:sarif_id"`
	SARIFStatus  string    `gorm:"column:sarif_status"`
	CreatedAt    time.Time `gorm:"column:created_at"`
}

// TableName implements gorm's Tabler.
func (Scan) TableName() string { return "repository_scans" }

// Store reads and writes the repositories tables.
type Store struct{ db *database.DB }

// New returns a store on db.
func New(db *database.DB) *Store { return &Store{db: db} }

// NewID returns a new time-ordered id.
func NewID() string { return uuid.Must(uuid.NewV7()).String() }

// Create inserts r.
func (s *Store) Create(ctx context.Context, r *Repository) error {
	err := s.db.Conn(ctx).Create(r).Error
	if errors.Is(err, gorm.ErrDuplicatedKey) {
		return ErrDuplicate
	}
	if err != nil {
		return fmt.Errorf("repositories store: create: %w", err)
	}
	return nil
}

// Get reads the repository id of workspace ws.
func (s *Store) Get(ctx context.Context, ws, id string) (*Repository, error) {
	var r Repository
	err := s.db.Conn(ctx).Where("workspace_id = ? AND id = ?", ws, id).Take(&r).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("repositories store: get: %w", err)
	}
	return &r, nil
}

// List returns the workspace's repositories by name.
func (s *Store) List(ctx context.Context, ws string) ([]Repository, error) {
	var rs []Repository
	if err := s.db.Conn(ctx).Where("workspace_id = ?", ws).Order("name, id").Limit(1000).Find(&rs).Error; err != nil {
		return nil, fmt.Errorf("repositories store: list: %w", err)
	}
	return rs, nil
}

// Update writes the settable fields of r.
func (s *Store) Update(ctx context.Context, r *Repository) error {
	res := s.db.Conn(ctx).Model(&Repository{}).Where("workspace_id = ? AND id = ?", r.WorkspaceID, r.ID).
		Updates(map[string]any{
			"name": r.Name, "default_branch": r.DefaultBranch, "token_sealed": r.TokenSealed, "token_last4": r.TokenLast4,
			"watched": r.Watched, "tier": r.Tier, "monthly_budget": r.MonthlyBudget, "schedule": r.Schedule, "review_threshold": r.ReviewThreshold,
			"sarif_upload": r.SARIFUpload, "updated_at": r.UpdatedAt,
		})
	if res.Error != nil {
		return fmt.Errorf("repositories store: update: %w", res.Error)
	}
	if res.RowsAffected == 0 {
		return ErrNotFound
	}
	return nil
}

// Delete removes the repository (and its scan history).
func (s *Store) Delete(ctx context.Context, ws, id string) error {
	conn := s.db.Conn(ctx)
	if err := conn.Where("workspace_id = ? AND repository_id = ?", ws, id).Delete(&Scan{}).Error; err != nil {
		return fmt.Errorf("repositories store: delete scans: %w", err)
	}
	res := conn.Where("workspace_id = ? AND id = ?", ws, id).Delete(&Repository{})
	if res.Error != nil {
		return fmt.Errorf("repositories store: delete: %w", res.Error)
	}
	if res.RowsAffected == 0 {
		return ErrNotFound
	}
	return nil
}

// AddScan records a scan.
func (s *Store) AddScan(ctx context.Context, sc *Scan) error {
	if err := s.db.Conn(ctx).Create(sc).Error; err != nil {
		return fmt.Errorf("repositories store: add scan: %w", err)
	}
	return nil
}

// FinishScan records the outcome of starting a scan: its analysis, or why
// none could start.
func (s *Store) FinishScan(ctx context.Context, id, analysisID, commit, status, msg string, credits int64) error {
	if err := s.db.Conn(ctx).Model(&Scan{}).Where("id = ?", id).Updates(map[string]any{
		"analysis_id": analysisID, "commit_sha": commit, "status": status, "error": msg, "credits": credits,
	}).Error; err != nil {
		return fmt.Errorf("repositories store: finish scan: %w", err)
	}
	return nil
}

// SetSARIF records a scan's code-scanning upload: its id on GitHub ("" until
// uploaded) and its status.
func (s *Store) SetSARIF(ctx context.Context, scanID, sarifID, status string) error {
	if err := s.db.Conn(ctx).Model(&Scan{}).Where("id = ?", scanID).Updates(map[string]any{"sarif_id": sarifID, "sarif_status": status}).Error; err != nil {
		return fmt.Errorf("repositories store: set sarif: %w", err)
	}
	return nil
}

// Scans returns the repository's scans, newest first.
func (s *Store) Scans(ctx context.Context, ws, repoID string, limit int) ([]Scan, error) {
	var out []Scan
	if err := s.db.Conn(ctx).Where("workspace_id = ? AND repository_id = ?", ws, repoID).
		Order("created_at DESC, id DESC").Limit(limit).Find(&out).Error; err != nil {
		return nil, fmt.Errorf("repositories store: scans: %w", err)
	}
	return out, nil
}

// Scheduled returns the repositories with a schedule and when each was
// last scanned on it (zero when never).
func (s *Store) Scheduled(ctx context.Context) ([]Repository, map[string]time.Time, error) {
	var reps []Repository
	if err := s.db.Conn(ctx).Where("schedule <> ''").Order("id").Limit(10000).Find(&reps).Error; err != nil {
		return nil, nil, fmt.Errorf("repositories store: scheduled: %w", err)
	}
	last := map[string]time.Time{}
	var rows []struct {
		RepositoryID string
		Last         time.Time
	}
	if err := s.db.Conn(ctx).Raw(`SELECT repository_id, MAX(created_at) AS last FROM repository_scans WHERE trigger_kind = ? GROUP BY repository_id`, TriggerSchedule).
		Scan(&rows).Error; err != nil {
		return nil, nil, fmt.Errorf("repositories store: scheduled: %w", err)
	}
	for _, r := range rows {
		last[r.RepositoryID] = r.Last
	}
	return reps, last, nil
}

// CreditsSince sums the credits of the repository's scans since t.
func (s *Store) CreditsSince(ctx context.Context, repoID string, t time.Time) (int64, error) {
	var n int64
	if err := s.db.Conn(ctx).Raw(`SELECT COALESCE(SUM(credits), 0) FROM repository_scans WHERE repository_id = ? AND created_at >= ?`, repoID, t).
		Scan(&n).Error; err != nil {
		return 0, fmt.Errorf("repositories store: credits: %w", err)
	}
	return n, nil
}
