package analysis

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"vigil/modules/analysis/internal/store"
	"vigil/platform/audit"
	"vigil/platform/errs"
	"vigil/platform/httpserver"
)

// Page is a page of results with the cursor of the next one ("" at the end).
type Page[T any] struct {
	Items      []T    `json:"items"`
	NextCursor string `json:"next_cursor"`
}

// Get returns one analysis of the caller's workspace.
func (s *Service) Get(ctx context.Context, id string) (*AnalysisView, error) {
	p, err := s.authorize(ctx, ActionRead)
	if err != nil {
		return nil, err
	}
	a, err := s.store.Analysis(ctx, p.WorkspaceID, id)
	if err != nil {
		return nil, err
	}
	v := s.view(a)
	return &v, nil
}

// List returns the workspace's analyses, newest first.
func (s *Service) List(ctx context.Context, project, cursor string, limit int) (*Page[AnalysisView], error) {
	p, err := s.authorize(ctx, ActionRead)
	if err != nil {
		return nil, err
	}
	rows, next, err := s.store.ListAnalyses(ctx, p.WorkspaceID, project, store.Page{Cursor: cursor, Limit: limit})
	if err != nil {
		return nil, err
	}
	out := &Page[AnalysisView]{Items: make([]AnalysisView, 0, len(rows)), NextCursor: next}
	for i := range rows {
		out.Items = append(out.Items, s.view(&rows[i]))
	}
	return out, nil
}

// FindingFilter mirrors store.Filter for callers outside internal/.
type FindingFilter = store.Filter

// Findings returns one filtered page of an analysis' findings.
func (s *Service) Findings(ctx context.Context, analysisID string, flt FindingFilter, cursor string, limit int) (*Page[FindingView], error) {
	p, err := s.authorize(ctx, ActionRead)
	if err != nil {
		return nil, err
	}
	a, err := s.store.Analysis(ctx, p.WorkspaceID, analysisID)
	if err != nil {
		return nil, err
	}
	if err := validFilter(flt); err != nil {
		return nil, err
	}
	rows, next, err := s.store.ListFindings(ctx, a, flt, store.Page{Cursor: cursor, Limit: limit})
	if err != nil {
		return nil, err
	}
	out := &Page[FindingView]{Items: make([]FindingView, 0, len(rows)), NextCursor: next}
	for i := range rows {
		out.Items = append(out.Items, findingView(&rows[i]))
	}
	return out, nil
}

// findingsJSON is Findings as the API writes it, with the page cache key
// it is kept under ("" when it is not: the analysis has not completed).
// Pages of completed analyses are served from the page cache while the
// analysis' updated_at is the one they were made at.
func (s *Service) findingsJSON(ctx context.Context, analysisID string, flt FindingFilter, cursor string, limit int, details bool) ([]byte, string, error) {
	p, err := s.authorize(ctx, ActionRead)
	if err != nil {
		return nil, "", err
	}
	a, err := s.cachedAnalysis(ctx, p.WorkspaceID, analysisID)
	if err != nil {
		return nil, "", err
	}
	if err := validFilter(flt); err != nil {
		return nil, "", err
	}
	if a.Status != store.StatusCompleted {
		body, err := s.findingsPage(ctx, a, flt, cursor, limit, details)
		return body, "", err
	}
	key := findingsPageKey(a, flt, cursor, limit, details)
	body, err := s.pages.load(ctx, key, func() ([]byte, error) { return s.findingsPage(ctx, a, flt, cursor, limit, details) })
	if err != nil {
		return nil, "", err
	}
	return body, key, nil
}

// findingsPageKey names a page of findings in the page cache: the
// analysis at its updated_at, the cursor, the limit, whether the items
// are full FindingViews (include=details) and every filter field,
// separated by NUL bytes (which no query parameter carries), lists by SOH
// bytes.
func findingsPageKey(a *store.Analysis, flt FindingFilter, cursor string, limit int, details bool) string {
	var b strings.Builder
	b.Grow(128 + len(cursor) + len(flt.Search) + len(flt.File))
	if details {
		b.WriteString("details")
		b.WriteByte(0)
	}
	b.WriteString(a.ID)
	b.WriteByte(0)
	b.WriteString(strconv.FormatInt(a.UpdatedAt.UnixNano(), 10))
	b.WriteByte(0)
	b.WriteString(cursor)
	b.WriteByte(0)
	b.WriteString(strconv.Itoa(limit))
	for _, list := range [][]string{flt.Severity, flt.Confidence} {
		b.WriteByte(0)
		for _, v := range list {
			b.WriteString(v)
			b.WriteByte(1)
		}
	}
	for _, v := range []string{flt.Category, flt.CWE, flt.OWASP, flt.File, flt.Rule, flt.AIVerdict, flt.Triage, flt.Search, flt.Sort, flt.FileKind} {
		b.WriteByte(0)
		b.WriteString(v)
	}
	return b.String()
}

// findingsPage renders one page of findings as JSON: lean list items, or
// full FindingViews with details.
func (s *Service) findingsPage(ctx context.Context, a *store.Analysis, flt FindingFilter, cursor string, limit int, details bool) ([]byte, error) {
	rows, next, err := s.store.ListFindings(ctx, a, flt, store.Page{Cursor: cursor, Limit: limit})
	if err != nil {
		return nil, err
	}
	var page any
	if details {
		full := Page[findingJSON]{Items: make([]findingJSON, 0, len(rows)), NextCursor: next}
		for i := range rows {
			full.Items = append(full.Items, findingPageView(&rows[i]))
		}
		page = full
	} else {
		lean := Page[listItemJSON]{Items: make([]listItemJSON, 0, len(rows)), NextCursor: next}
		for i := range rows {
			lean.Items = append(lean.Items, findingListItem(&rows[i]))
		}
		page = lean
	}
	body, err := json.Marshal(page)
	if err != nil {
		return nil, fmt.Errorf("analysis: findings: %w", err)
	}
	return body, nil
}

var (
	severities  = []string{"critical", "high", "medium", "low", "info"}
	confidences = []string{"high", "medium", "low"}
)

// includeDetails parses the findings list's include parameter: empty
// (lean list items) or details (full FindingViews).
func includeDetails(include string) (bool, error) {
	switch include {
	case "":
		return false, nil
	case "details":
		return true, nil
	}
	return false, errs.Invalid("invalid finding filter", errs.FieldError{Field: "include", Message: "must be empty or details"})
}

func validFilter(f FindingFilter) error {
	var fe []errs.FieldError
	for _, v := range f.Severity {
		if !slices.Contains(severities, v) {
			fe = append(fe, errs.FieldError{Field: "severity", Message: "must be among " + strings.Join(severities, ", ")})
			break
		}
	}
	for _, v := range f.Confidence {
		if !slices.Contains(confidences, v) {
			fe = append(fe, errs.FieldError{Field: "confidence", Message: "must be among " + strings.Join(confidences, ", ")})
			break
		}
	}
	if f.Triage != "" && !slices.Contains(store.TriageStates, f.Triage) {
		fe = append(fe, errs.FieldError{Field: "triage", Message: "must be one of " + strings.Join(store.TriageStates, ", ")})
	}
	if f.FileKind != "" && f.FileKind != "all" && !slices.Contains(store.FileKinds, f.FileKind) {
		fe = append(fe, errs.FieldError{Field: "file_kind", Message: "must be all or one of " + strings.Join(store.FileKinds, ", ")})
	}
	if f.Sort != "" && !slices.Contains(store.Sorts, f.Sort) {
		fe = append(fe, errs.FieldError{Field: "sort", Message: "must be one of " + strings.Join(store.Sorts, ", ")})
	}
	if len(fe) > 0 {
		return errs.Invalid("invalid finding filter", fe...)
	}
	return nil
}

// Finding returns one finding with its triage history.
func (s *Service) Finding(ctx context.Context, id string) (*FindingView, error) {
	p, err := s.authorize(ctx, ActionRead)
	if err != nil {
		return nil, err
	}
	fs, err := s.store.Finding(ctx, p.WorkspaceID, id)
	if err != nil {
		return nil, err
	}
	v := findingView(fs.Finding)
	hist, err := s.store.TriageHistory(ctx, fs.Analysis.WorkspaceID, fs.Analysis.ProjectKey, fs.Finding.Fingerprint)
	if err != nil {
		return nil, err
	}
	for _, h := range hist {
		v.History = append(v.History, TriageHistoryView{From: h.FromState, To: h.ToState, Reason: h.Reason, ActorID: h.ActorID, At: h.CreatedAt})
	}
	return &v, nil
}

// checkTriage validates a decision's state and reason (trimmed, returned)
// for single and bulk triage alike.
func checkTriage(state, reason string) (string, []errs.FieldError) {
	var fe []errs.FieldError
	if !slices.Contains(store.TriageStates, state) {
		fe = append(fe, errs.FieldError{Field: "state", Message: "must be one of " + strings.Join(store.TriageStates, ", ")})
	}
	reason = strings.TrimSpace(reason)
	if state != store.TriageOpen && reason == "" {
		fe = append(fe, errs.FieldError{Field: "reason", Message: "is required: say why"})
	}
	if len(reason) > 2000 {
		fe = append(fe, errs.FieldError{Field: "reason", Message: "must be at most 2000 characters"})
	}
	if !httpserver.CleanText(reason) {
		fe = append(fe, errs.FieldError{Field: "reason", Message: "must be valid UTF-8 text without NUL characters"})
	}
	return reason, fe
}

// TriageRequest is a triage decision.
type TriageRequest struct {
	State  string `json:"state"`
	Reason string `json:"reason"`
}

// Triage records a decision for a finding's fingerprint in its project
// (it applies to later scans too) and returns the updated finding.
func (s *Service) Triage(ctx context.Context, id string, r TriageRequest) (*FindingView, error) {
	p, err := s.authorize(ctx, ActionTriage)
	if err != nil {
		return nil, err
	}
	var fe []errs.FieldError
	r.Reason, fe = checkTriage(r.State, r.Reason)
	if len(fe) > 0 {
		return nil, errs.Invalid("invalid triage decision", fe...)
	}
	fs, err := s.store.Finding(ctx, p.WorkspaceID, id)
	if err != nil {
		return nil, err
	}
	err = s.writeTx(ctx, func(ctx context.Context) error {
		if err := s.store.SetTriage(ctx, fs, r.State, r.Reason, p.UserID); err != nil {
			return err
		}
		return s.recountProject(ctx, fs.Analysis.WorkspaceID, fs.Analysis.ProjectKey)
	})
	if err != nil {
		return nil, err
	}
	s.auditTriage(ctx, p.UserID, p.WorkspaceID, fs, r.State, r.Reason)
	return s.Finding(ctx, id)
}

// auditTriage records a decision in the audit log, after it committed: a
// decision hides or reopens a finding for every later scan of the project,
// so who made it (and why) belongs there.
func (s *Service) auditTriage(ctx context.Context, actorID, workspaceID string, fs *store.FindingScope, state, reason string) {
	s.audit(ctx, audit.Entry{ActorID: actorID, WorkspaceID: workspaceID, Action: "finding.triaged",
		Target: "finding:" + fs.Finding.ID, Details: map[string]any{"state": state, "rule_id": fs.Finding.RuleID,
			"fingerprint": fs.Finding.Fingerprint, "analysis_id": fs.Analysis.ID, "reason_chars": len(reason)}})
}

// recountProject recomputes counts, score and grade of every completed
// analysis of a project after a triage change: the decision sticks to the
// fingerprint in the project, so earlier and later analyses that hold the
// finding count it the same way (report, history, exports and API all
// read these columns).
func (s *Service) recountProject(ctx context.Context, workspaceID, projectKey string) error {
	all, err := s.store.ProjectCounts(ctx, workspaceID, projectKey)
	if err != nil {
		return err
	}
	for id, counts := range all {
		sc, grade := score(counts)
		err := s.store.Update(ctx, id, map[string]any{
			"count_critical": counts["critical"], "count_high": counts["high"], "count_medium": counts["medium"],
			"count_low": counts["low"], "count_info": counts["info"], "score": sc, "grade": grade,
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// Cancel stops a queued or running analysis and releases its credits.
func (s *Service) Cancel(ctx context.Context, id string) (*AnalysisView, error) {
	p, err := s.authorize(ctx, ActionCreate)
	if err != nil {
		return nil, err
	}
	a, err := s.store.Analysis(ctx, p.WorkspaceID, id)
	if err != nil {
		return nil, err
	}
	err = s.writeTx(ctx, func(ctx context.Context) error {
		if err := s.store.Transition(ctx, a.ID, []store.Status{store.StatusQueued, store.StatusRunning}, store.StatusCanceled,
			map[string]any{"finished_at": time.Now().UTC(), "phase": "canceled"}); err != nil {
			if errors.Is(err, errs.ErrConflict) {
				return errs.New(errs.KindConflict, "the analysis is already %s", a.Status)
			}
			return err
		}
		if err := s.releaseInTx(ctx, a); err != nil {
			return err
		}
		s.observeEndAfterCommit(ctx, a, store.StatusCanceled)
		_, err := s.emit(ctx, a.ID, progress{Phase: "canceled", Status: string(store.StatusCanceled), FilesTotal: a.FilesTotal, Message: "canceled; unused credits released"})
		return err
	})
	if err != nil {
		return nil, err
	}
	s.afterFinish(ctx, a)
	return s.Get(ctx, id)
}

// Delete removes an analysis, its findings, events and source. A running
// analysis is canceled first so its credits are released.
func (s *Service) Delete(ctx context.Context, id string) error {
	p, err := s.authorize(ctx, ActionDelete)
	if err != nil {
		return err
	}
	a, err := s.store.Analysis(ctx, p.WorkspaceID, id)
	if err != nil {
		return err
	}
	if !a.Status.Terminal() {
		switch err := s.store.Transition(ctx, a.ID, []store.Status{a.Status}, store.StatusCanceled, nil); {
		case err == nil:
			s.observeEndAfterCommit(ctx, a, store.StatusCanceled)
		case !errors.Is(err, errs.ErrConflict):
			return err
		}
		s.releaseCredits(ctx, a)
	}
	err = s.writeTx(ctx, func(ctx context.Context) error {
		if err := s.d.Blobs.Delete(ctx, a.SourceBlob); err != nil {
			return err
		}
		return s.store.DeleteAnalysis(ctx, p.WorkspaceID, a.ID)
	})
	return err
}

// Comparison splits findings against the previous completed analysis of
// the same project, by fingerprint.
type Comparison struct {
	PreviousID *string       `json:"previous_id"`
	New        []FindingView `json:"new"`
	Fixed      []FindingView `json:"fixed"`
	Unchanged  []FindingView `json:"unchanged"`
	Counts     struct {
		New       int `json:"new"`
		Fixed     int `json:"fixed"`
		Unchanged int `json:"unchanged"`
	} `json:"counts"`
}

// Compare returns new, fixed and unchanged findings of analysis id versus
// the previous completed analysis of its project (all new when none).
func (s *Service) Compare(ctx context.Context, id string) (*Comparison, error) {
	p, err := s.authorize(ctx, ActionRead)
	if err != nil {
		return nil, err
	}
	a, err := s.store.Analysis(ctx, p.WorkspaceID, id)
	if err != nil {
		return nil, err
	}
	cur, err := s.store.AllFindings(ctx, a)
	if err != nil {
		return nil, err
	}
	out := &Comparison{New: []FindingView{}, Fixed: []FindingView{}, Unchanged: []FindingView{}}
	var prev []store.Finding
	pa, err := s.store.Previous(ctx, a)
	switch {
	case err == nil:
		out.PreviousID = &pa.ID
		if prev, err = s.store.AllFindings(ctx, pa); err != nil {
			return nil, err
		}
	case !errors.Is(err, errs.ErrNotFound):
		return nil, err
	}
	before := map[string]bool{}
	for _, f := range prev {
		before[f.Fingerprint] = true
	}
	now := map[string]bool{}
	for i := range cur {
		now[cur[i].Fingerprint] = true
		if before[cur[i].Fingerprint] {
			out.Unchanged = append(out.Unchanged, findingView(&cur[i]))
		} else {
			out.New = append(out.New, findingView(&cur[i]))
		}
	}
	for i := range prev {
		if !now[prev[i].Fingerprint] {
			out.Fixed = append(out.Fixed, findingView(&prev[i]))
		}
	}
	out.Counts.New, out.Counts.Fixed, out.Counts.Unchanged = len(out.New), len(out.Fixed), len(out.Unchanged)
	return out, nil
}
