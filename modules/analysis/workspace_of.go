package analysis

import (
	"context"
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"

	"vigil/platform/errs"
)

// AnalysisWorkspace names the workspace an analysis (and so each of its
// findings) belongs to, for a link that does not say it (an old bookmark
// to /analyses/{id} or /findings/{id}): the web app switches there instead
// of asking each of the caller's workspaces.
type AnalysisWorkspace struct {
	// ID is the workspace's id, as in /w/{id}/ paths and the
	// X-Vigil-Workspace header.
	ID string `json:"id"`
	// Name is the workspace's name ("" when the server cannot name it).
	Name string `json:"name"`
}

// WorkspaceOf returns the workspace that holds analysis id when the caller
// may read analyses there too, whichever workspace the request acts in. An
// analysis that does not exist and one in a workspace the caller may not
// read (not a member, or an API key of another workspace) are both "not
// found", as getAnalysis answers: the answer reveals nothing about
// analyses the caller could not open anyway.
func (s *Service) WorkspaceOf(ctx context.Context, id string) (*AnalysisWorkspace, error) {
	return s.holder(ctx, "analysis", func() (string, error) {
		a, err := s.store.AnalysisByID(ctx, id)
		if err != nil {
			return "", err
		}
		return a.WorkspaceID, nil
	})
}

// WorkspaceOfFinding returns the workspace that holds finding id, as
// WorkspaceOf does for an analysis: the same answer for a finding that
// does not exist and one the caller may not read ("not found", as
// getFinding answers).
func (s *Service) WorkspaceOfFinding(ctx context.Context, id string) (*AnalysisWorkspace, error) {
	return s.holder(ctx, "finding", func() (string, error) { return s.store.FindingWorkspaceID(ctx, id) })
}

// holder answers WorkspaceOf and WorkspaceOfFinding: lookup finds the
// workspace that holds the object (what names it in "not found").
func (s *Service) holder(ctx context.Context, what string, lookup func() (string, error)) (*AnalysisWorkspace, error) {
	// As every route: signed in, and allowed to read analyses in the
	// workspace the request acts in (an API key's scope, a role).
	p, err := s.authorize(ctx, ActionRead)
	if err != nil {
		return nil, err
	}
	ws, err := lookup()
	if err != nil {
		return nil, err
	}
	if err := s.d.Authorizer.Can(ctx, p, ws, ActionRead); err != nil {
		if errors.Is(err, errs.ErrNotFound) {
			return nil, errs.NotFound(what)
		}
		return nil, err
	}
	out := &AnalysisWorkspace{ID: ws}
	if s.d.Workspaces != nil {
		name, err := s.d.Workspaces.WorkspaceName(ctx, p, ws)
		if err != nil {
			return nil, err
		}
		out.Name = name
	}
	return out, nil
}

func (s *Service) handleWorkspaceOf(c echo.Context) error {
	out, err := s.WorkspaceOf(c.Request().Context(), c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, out)
}

func (s *Service) handleWorkspaceOfFinding(c echo.Context) error {
	out, err := s.WorkspaceOfFinding(c.Request().Context(), c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, out)
}
