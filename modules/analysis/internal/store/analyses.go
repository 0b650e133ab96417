package store

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"strings"
	"time"
	"unicode/utf8"

	"gorm.io/gorm"

	"vigil/platform/errs"
	"vigil/platform/ids"
)

// Analysis is one row of the analyses table.
type Analysis struct {
	ID              string `gorm:"primaryKey"`
	WorkspaceID     string
	CreatedBy       string
	Name            string
	ProjectKey      string
	SourceKind      string
	SourceBlob      string
	SourceDeletedAt *time.Time
	Tier            string
	Options         string
	Status          Status
	FailureReason   string
	Phase           string
	Attempts        int
	QuoteMin        int64
	QuoteMax        int64
	HoldID          string
	CreditsState    string
	CostCredits     int64
	AICostUSD       float64 `gorm:"column:ai_cost_usd"`
	AIStatus        string  `gorm:"column:ai_status"`
	// AISummary is the executive summary as JSON ("" when none).
	AISummary     string `gorm:"column:ai_summary"`
	FilesTotal    int
	FilesScanned  int
	LinesTotal    int64
	LinesScanned  int64
	CountCritical int
	CountHigh     int
	CountMedium   int
	CountLow      int
	CountInfo     int
	Score         *int
	Grade         string
	Notes         string
	CreatedAt     time.Time
	StartedAt     *time.Time
	FinishedAt    *time.Time
	UpdatedAt     time.Time
}

// TableName implements gorm's Tabler.
func (Analysis) TableName() string { return "analyses" }

// NoteList decodes the notes column (a JSON array of strings).
func (a *Analysis) NoteList() []string {
	var n []string
	_ = json.Unmarshal([]byte(a.Notes), &n)
	return n
}

// CreateAnalysis inserts a new analysis; ID and timestamps are filled in
// when empty.
func (s *Store) CreateAnalysis(ctx context.Context, a *Analysis) error {
	if a.ID == "" {
		a.ID = NewID()
	}
	t := now()
	a.CreatedAt, a.UpdatedAt = t, t
	if a.Status == "" {
		a.Status = StatusQueued
	}
	if a.CreditsState == "" {
		a.CreditsState = CreditsNone
	}
	if a.Options == "" {
		a.Options = "{}"
	}
	if a.Notes == "" {
		a.Notes = "[]"
	}
	return wrap("create analysis", s.db.Conn(ctx).Create(a).Error)
}

// Analysis returns the analysis id of workspaceID; another workspace's
// analysis is not found, never forbidden, so ids do not leak.
func (s *Store) Analysis(ctx context.Context, workspaceID, id string) (*Analysis, error) {
	if _, err := parseUUID(id); err != nil {
		return nil, errs.NotFound("analysis")
	}
	var a Analysis
	err := s.db.Conn(ctx).Where("id = ? AND workspace_id = ?", id, workspaceID).Take(&a).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, errs.NotFound("analysis")
	}
	return &a, wrap("get analysis", err)
}

// AnalysisByID returns an analysis of any workspace (for the worker, and
// to find which workspace holds an analysis); an id that is not a UUID is
// not found.
func (s *Store) AnalysisByID(ctx context.Context, id string) (*Analysis, error) {
	if _, err := parseUUID(id); err != nil {
		return nil, errs.NotFound("analysis")
	}
	var a Analysis
	err := s.db.Conn(ctx).Where("id = ?", id).Take(&a).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, errs.NotFound("analysis")
	}
	return &a, wrap("get analysis", err)
}

// Page is a cursor page request.
type Page struct {
	Cursor string
	Limit  int
}

func (p Page) limit(def, maxLimit int) int {
	switch {
	case p.Limit <= 0:
		return def
	case p.Limit > maxLimit:
		return maxLimit
	}
	return p.Limit
}

type analysisCursor struct {
	CreatedAt time.Time `json:"t"`
	ID        string    `json:"i"`
}

func encodeCursor(v any) string {
	b, _ := json.Marshal(v)
	return base64.RawURLEncoding.EncodeToString(b)
}

// cursor is a decoded page cursor that can tell whether the client kept
// it as the API wrote it: its values reach queries (uuid columns on
// PostgreSQL), so a forged one is refused before.
type cursor interface{ valid() bool }

func (c *analysisCursor) valid() bool { return ids.Valid(c.ID) }

func (c *findingCursor) valid() bool {
	return ids.Valid(c.ID) && utf8.ValidString(c.Path) && !strings.ContainsRune(c.Path, 0)
}

func decodeCursor(s string, v cursor) error {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err == nil {
		err = json.Unmarshal(b, v)
	}
	if err != nil || !v.valid() {
		e := errs.New(errs.KindBadRequest, "invalid cursor")
		e.Fields = []errs.FieldError{{Field: "cursor", Message: "is not a cursor returned by this API"}}
		return e
	}
	return nil
}

// ListAnalyses returns a workspace's analyses, newest first, and the
// cursor of the next page ("" at the end).
func (s *Store) ListAnalyses(ctx context.Context, workspaceID, projectKey string, p Page) ([]Analysis, string, error) {
	limit := p.limit(20, 100)
	q := s.db.Conn(ctx).Where("workspace_id = ?", workspaceID)
	if projectKey != "" {
		q = q.Where("project_key = ?", projectKey)
	}
	if p.Cursor != "" {
		var c analysisCursor
		if err := decodeCursor(p.Cursor, &c); err != nil {
			return nil, "", err
		}
		q = q.Where("(created_at < ?) OR (created_at = ? AND id < ?)", c.CreatedAt, c.CreatedAt, c.ID)
	}
	var out []Analysis
	if err := q.Order("created_at DESC, id DESC").Limit(limit + 1).Find(&out).Error; err != nil {
		return nil, "", wrap("list analyses", err)
	}
	next := ""
	if len(out) > limit {
		out = out[:limit]
		last := out[len(out)-1]
		next = encodeCursor(analysisCursor{last.CreatedAt, last.ID})
	}
	return out, next, nil
}

// Transition moves analysis id from one of from to "to", applying set
// (extra columns) in the same statement. It returns a conflict error when
// the analysis is not in one of from: the status machine is enforced by
// the database, so two replicas cannot both start or finish one analysis.
func (s *Store) Transition(ctx context.Context, id string, from []Status, to Status, set map[string]any) error {
	if !allowed(from, to) {
		return errs.New(errs.KindConflict, "analysis cannot move to %s", to)
	}
	cols := map[string]any{"status": to, "updated_at": now()}
	for k, v := range set {
		cols[k] = v
	}
	res := s.db.Conn(ctx).Model(&Analysis{}).Where("id = ? AND status IN ?", id, from).Updates(cols)
	if res.Error != nil {
		return wrap("transition", res.Error)
	}
	if res.RowsAffected == 0 {
		return errs.New(errs.KindConflict, "the analysis is no longer %s", joinStatus(from))
	}
	return nil
}

var moves = map[Status][]Status{
	StatusQueued:  {StatusRunning, StatusCanceled, StatusFailed},
	StatusRunning: {StatusCompleted, StatusFailed, StatusCanceled, StatusQueued, StatusRunning},
}

func allowed(from []Status, to Status) bool {
	if len(from) == 0 {
		return false
	}
	for _, f := range from {
		ok := false
		for _, t := range moves[f] {
			ok = ok || t == to
		}
		if !ok {
			return false
		}
	}
	return true
}

func joinStatus(ss []Status) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		parts[i] = string(s)
	}
	return strings.Join(parts, " or ")
}

// Update sets columns of analysis id without touching its status.
func (s *Store) Update(ctx context.Context, id string, set map[string]any) error {
	set["updated_at"] = now()
	return wrap("update analysis", s.db.Conn(ctx).Model(&Analysis{}).Where("id = ?", id).Updates(set).Error)
}

// SetCreditsState moves the credits state from one value to another and
// reports whether this call made the move: the caller settles or releases
// only when it did, so credits move exactly once.
func (s *Store) SetCreditsState(ctx context.Context, id, from, to string) (bool, error) {
	res := s.db.Conn(ctx).Model(&Analysis{}).Where("id = ? AND credits_state = ?", id, from).
		Updates(map[string]any{"credits_state": to, "updated_at": now()})
	if res.Error != nil {
		return false, wrap("credits state", res.Error)
	}
	return res.RowsAffected == 1, nil
}

// DeleteAnalysis removes an analysis with its findings and events
// (cascade). Triage decisions and their audit stay: they belong to the
// project, not to one run.
func (s *Store) DeleteAnalysis(ctx context.Context, workspaceID, id string) error {
	res := s.db.Conn(ctx).Where("id = ? AND workspace_id = ?", id, workspaceID).Delete(&Analysis{})
	if res.Error != nil {
		return wrap("delete analysis", res.Error)
	}
	if res.RowsAffected == 0 {
		return errs.NotFound("analysis")
	}
	return nil
}

// Previous returns the latest completed analysis of the same project
// created before a, or not found.
func (s *Store) Previous(ctx context.Context, a *Analysis) (*Analysis, error) {
	var p Analysis
	err := s.db.Conn(ctx).Where("workspace_id = ? AND project_key = ? AND status = ? AND id <> ? AND created_at <= ?",
		a.WorkspaceID, a.ProjectKey, StatusCompleted, a.ID, a.CreatedAt).
		Order("created_at DESC, id DESC").Take(&p).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, errs.NotFound("previous analysis")
	}
	return &p, wrap("previous analysis", err)
}

// ExpiredSources lists analyses whose source should be deleted: finished
// before cutoff and not yet deleted.
func (s *Store) ExpiredSources(ctx context.Context, cutoff time.Time, limit int) ([]Analysis, error) {
	var out []Analysis
	err := s.db.Conn(ctx).Where("source_deleted_at IS NULL AND source_blob <> '' AND status IN ? AND finished_at < ?",
		[]Status{StatusCompleted, StatusFailed, StatusCanceled}, cutoff).Limit(limit).Find(&out).Error
	return out, wrap("expired sources", err)
}

// Stale lists running analyses whose heartbeat (updated_at) is older than
// cutoff: their worker is gone.
func (s *Store) Stale(ctx context.Context, cutoff time.Time, limit int) ([]Analysis, error) {
	var out []Analysis
	err := s.db.Conn(ctx).Where("status = ? AND updated_at < ?", StatusRunning, cutoff).Order("updated_at").Limit(limit).Find(&out).Error
	return out, wrap("stale analyses", err)
}

// Requeue puts a stale running analysis back to queued, only if its
// heartbeat has not moved since it was read (the worker is really gone).
func (s *Store) Requeue(ctx context.Context, id string, seenUpdatedAt time.Time) error {
	res := s.db.Conn(ctx).Model(&Analysis{}).Where("id = ? AND status = ? AND updated_at = ?", id, StatusRunning, seenUpdatedAt).
		Updates(map[string]any{"status": StatusQueued, "phase": "retrying", "updated_at": now()})
	if res.Error != nil {
		return wrap("requeue", res.Error)
	}
	if res.RowsAffected == 0 {
		return errs.New(errs.KindConflict, "the analysis is no longer stale")
	}
	return nil
}
