package analysis

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"

	"github.com/labstack/echo/v4"

	"vigil/modules/analysis/internal/store"
	"vigil/platform/errs"
)

// MaxBulkTriage caps the findings of one bulk triage request (the app
// selects at most a page of 500).
const MaxBulkTriage = 500

// BulkTriageRequest applies one decision, with one reason, to several
// findings of an analysis.
type BulkTriageRequest struct {
	FindingIDs []string `json:"finding_ids"`
	State      string   `json:"state"`
	Reason     string   `json:"reason"`
}

// BulkTriageResult says how many findings the decision now covers and
// returns the analysis with its recomputed counts and score.
type BulkTriageResult struct {
	Updated  int          `json:"updated"`
	Analysis AnalysisView `json:"analysis"`
}

// TriageMany records one decision for several findings of analysis id, in
// one transaction (all or none), audits each, and recounts every completed
// analysis of the project once.
func (s *Service) TriageMany(ctx context.Context, id string, r BulkTriageRequest) (*BulkTriageResult, error) {
	p, err := s.authorize(ctx, ActionTriage)
	if err != nil {
		return nil, err
	}
	var fe []errs.FieldError
	r.Reason, fe = checkTriage(r.State, r.Reason)
	ids := slices.Compact(slices.Sorted(slices.Values(r.FindingIDs)))
	if len(ids) == 0 || len(r.FindingIDs) > MaxBulkTriage {
		fe = append(fe, errs.FieldError{Field: "finding_ids", Message: fmt.Sprintf("must list 1 to %d findings", MaxBulkTriage)})
	}
	if len(fe) > 0 {
		return nil, errs.Invalid("invalid triage decision", fe...)
	}
	a, err := s.store.Analysis(ctx, p.WorkspaceID, id)
	if err != nil {
		return nil, err
	}
	var done []*store.FindingScope
	err = s.writeTx(ctx, func(ctx context.Context) error {
		done = done[:0]
		for _, fid := range ids {
			fs, err := s.store.Finding(ctx, p.WorkspaceID, fid)
			if err != nil {
				return err
			}
			done = append(done, fs)
			if fs.Analysis.ID != a.ID {
				return errs.Invalid("invalid triage decision", errs.FieldError{Field: "finding_ids", Message: "must all belong to this analysis"})
			}
			if err := s.store.SetTriage(ctx, fs, r.State, r.Reason, p.UserID); err != nil {
				return err
			}
		}
		return s.recountProject(ctx, a.WorkspaceID, a.ProjectKey)
	})
	if err != nil {
		return nil, err
	}
	for _, fs := range done {
		s.auditTriage(ctx, p.UserID, p.WorkspaceID, fs, r.State, r.Reason)
	}
	v, err := s.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	return &BulkTriageResult{Updated: len(ids), Analysis: *v}, nil
}

func (s *Service) handleBulkTriage(c echo.Context) error {
	ctx := c.Request().Context()
	if _, err := s.authorize(ctx, ActionTriage); err != nil {
		return err
	}
	var r BulkTriageRequest
	dec := json.NewDecoder(c.Request().Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return bodyError(err)
	}
	out, err := s.TriageMany(ctx, c.Param("id"), r)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, out)
}
