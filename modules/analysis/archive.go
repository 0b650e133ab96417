package analysis

import (
	"context"
	"io"
	"strings"

	"vigil/modules/analysis/internal/intake"
	"vigil/modules/analysis/internal/store"
	"vigil/platform/errs"
)

// SourceKindRepository marks analyses of a tree fetched from a connected
// repository (the trigger itself is the repositories module's record).
const SourceKindRepository = "repository"

// ArchiveRequest starts an analysis of a source another module fetched: a
// gzipped tar (a repository's tree at one commit). The archive goes
// through the same intake checks, quote and credit hold as an upload.
type ArchiveRequest struct {
	Tier    string
	Name    string
	Project string
	Options Options
	// Archive is ArchiveSize bytes of .tar.gz; the caller keeps it open
	// until the call returns.
	Archive     io.ReaderAt
	ArchiveSize int64
}

// CreateFromArchive starts an analysis of r's archive for the caller in
// ctx (checked for analysis:create in its acting workspace, as uploads
// are).
func (s *Service) CreateFromArchive(ctx context.Context, r ArchiveRequest) (*Created, error) {
	p, err := s.authorize(ctx, ActionCreate)
	if err != nil {
		return nil, err
	}
	return s.createArchive(ctx, p.WorkspaceID, p.UserID, r)
}

// CreateFromArchiveFor starts an analysis of r's archive in workspaceID on
// behalf of no signed-in user: for work the workspace configured earlier
// (a push to a watched repository, a schedule), authorized when it was
// configured. startedBy is the id of the user recorded as its creator
// (the one who connected the repository).
func (s *Service) CreateFromArchiveFor(ctx context.Context, workspaceID, startedBy string, r ArchiveRequest) (*Created, error) {
	if strings.TrimSpace(workspaceID) == "" {
		return nil, errs.New(errs.KindInvalid, "analysis: a workspace is required")
	}
	return s.createArchive(ctx, workspaceID, startedBy, r)
}

func (s *Service) createArchive(ctx context.Context, workspaceID, userID string, r ArchiveRequest) (*Created, error) {
	if r.Archive == nil || r.ArchiveSize <= 0 {
		return nil, errs.Invalid("empty source", errs.FieldError{Field: "files", Message: "the fetched source is empty"})
	}
	name := r.Name
	if name == "" {
		name = "repository"
	}
	return s.create(ctx, workspaceID, userID, &Request{
		Tier: r.Tier, Name: r.Name, Project: r.Project, Options: r.Options,
		Source: Source{Kind: SourceKindRepository, Parts: []intake.Part{{Name: name + ".tar.gz", File: r.Archive, Size: r.ArchiveSize}}},
	})
}

// MaxResultFindings bounds the findings ResultFor returns.
const MaxResultFindings = 5000

// ResultFor returns an analysis of workspaceID with its findings (at most
// MaxResultFindings, most severe first) on behalf of no signed-in user:
// for work the workspace configured (a pull request review of a watched
// repository). Findings are empty until the analysis completed.
func (s *Service) ResultFor(ctx context.Context, workspaceID, analysisID string) (*AnalysisView, []FindingView, error) {
	a, err := s.store.Analysis(ctx, workspaceID, analysisID)
	if err != nil {
		return nil, nil, err
	}
	v := s.view(a)
	if v.Status != "completed" {
		return &v, nil, nil
	}
	var out []FindingView
	cursor := ""
	for len(out) < MaxResultFindings {
		rows, next, err := s.store.ListFindings(ctx, a, FindingFilter{}, store.Page{Cursor: cursor, Limit: 500})
		if err != nil {
			return nil, nil, err
		}
		for i := range rows {
			out = append(out, findingView(&rows[i]))
		}
		if next == "" || len(rows) == 0 {
			break
		}
		cursor = next
	}
	return &v, out, nil
}
