package repositories

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"vigil/modules/repositories/internal/github"
	"vigil/modules/repositories/internal/store"
	"vigil/platform/jobs"
)

// Reporter writes an analysis' SARIF log (the analysis module's export,
// through main.go's adapter) on behalf of actorID in workspaceID.
type Reporter interface {
	SARIF(ctx context.Context, workspaceID, actorID, analysisID string, w io.Writer) error
}

// sarifPolls bounds how often an upload's processing status is read.
const sarifPolls = 20

// SARIFUploadArgs is the durable job that uploads a scan's SARIF to GitHub code scanning once its analysis completed, then follows
// the upload's processing status (SARIFID set).
type SARIFUploadArgs struct {
	RepositoryID string `json:"repository_id"`
	WorkspaceID  string `json:"workspace_id"`
	ScanID       string `json:"scan_id"`
	AnalysisID   string `json:"analysis_id"`
	SHA          string `json:"sha"`
	Ref          string `json:"ref"`
	// Until is when to give up waiting for the analysis (Unix seconds).
	Until   int64  `json:"until"`
	SARIFID string `json:"sarif_id,omitempty"`
	Polls   int    `json:"polls,omitempty"`
}

// Kind implements jobs.Args.
func (SARIFUploadArgs) Kind() string { return "repositories_sarif_upload" }

// enqueueSARIF schedules the upload of a started scan (a push, a manual
// or a scheduled scan of a GitHub repository) when the repository asks for
// it. ref is a full ref (refs/heads/…), a branch or tag name (qualified
// through the API when the upload runs), or empty for the default branch.
func (s *Service) enqueueSARIF(ctx context.Context, rep *store.Repository, st *ScanStarted, ref string) error {
	if !rep.SARIFUpload || rep.Provider != store.ProviderGitHub || s.gh == nil || s.d.Jobs == nil || s.d.Reports == nil || st == nil || st.Commit == "" {
		return nil
	}
	if ref == "" || ref == rep.DefaultBranch {
		ref = "refs/heads/" + rep.DefaultBranch
	}
	if err := s.store.SetSARIF(ctx, st.ScanID, "", "waiting"); err != nil {
		return err
	}
	return s.d.Jobs.Enqueue(ctx, SARIFUploadArgs{RepositoryID: rep.ID, WorkspaceID: rep.WorkspaceID, ScanID: st.ScanID, AnalysisID: st.ID,
		SHA: st.Commit, Ref: ref, Until: s.d.Now().Add(reviewWait).Unix()}, jobs.At(s.d.Now().Add(s.reviewPoll())), jobs.MaxAttempts(5))
}

// UploadSARIF runs one step of a SARIF upload: wait for the analysis,
// upload its SARIF (gzip, base64) with the commit and ref, record the
// upload's id, and follow its processing status until GitHub settles it.
func (s *Service) UploadSARIF(ctx context.Context, a SARIFUploadArgs) error {
	g, err := s.githubOn()
	if err != nil || s.d.Reports == nil {
		return nil
	}
	rep, err := s.store.Get(ctx, a.WorkspaceID, a.RepositoryID)
	if err != nil {
		return nil // disconnected since
	}
	if a.SARIFID != "" {
		return s.followSARIF(ctx, g, rep, a)
	}
	res, err := s.d.Results.Result(ctx, a.WorkspaceID, a.AnalysisID)
	if err != nil {
		return err
	}
	switch res.Status {
	case "queued", "running":
		if s.d.Now().Unix() > a.Until {
			return s.store.SetSARIF(ctx, a.ScanID, "", "failed: the analysis did not finish in time")
		}
		return s.d.Jobs.Enqueue(ctx, a, jobs.At(s.d.Now().Add(s.reviewPoll())), jobs.MaxAttempts(5))
	case "completed":
	default:
		return s.store.SetSARIF(ctx, a.ScanID, "", "skipped: the analysis "+res.Status)
	}
	if !strings.HasPrefix(a.Ref, "refs/") {
		full, err := g.app.FullRef(ctx, rep.InstallationID, rep.FullName, a.Ref)
		if errors.Is(err, github.ErrNoRef) {
			return s.store.SetSARIF(ctx, a.ScanID, "", "skipped: "+quoteLine(a.Ref, 100)+" is not a branch or tag on GitHub (code scanning takes results of a branch or tag)")
		}
		if err != nil {
			return fmt.Errorf("repositories: sarif ref: %w", err)
		}
		a.Ref = full
	}
	var buf bytes.Buffer
	if err := s.d.Reports.SARIF(ctx, rep.WorkspaceID, rep.CreatedBy, a.AnalysisID, &buf); err != nil {
		_ = s.store.SetSARIF(ctx, a.ScanID, "", "failed: "+publicMessage(err))
		return nil
	}
	up, err := g.app.UploadSARIF(ctx, rep.InstallationID, rep.FullName, a.SHA, a.Ref, buf.Bytes())
	if err != nil {
		_ = s.store.SetSARIF(context.WithoutCancel(ctx), a.ScanID, "", "failed: "+uploadMessage(err))
		var ge *github.Error
		if errors.As(err, &ge) && ge.Status < 500 {
			return nil // GitHub refused it (code scanning off, no permission): a retry would too
		}
		return fmt.Errorf("repositories: sarif upload: %w", err)
	}
	if err := s.store.SetSARIF(ctx, a.ScanID, up.ID, "pending"); err != nil {
		return err
	}
	a.SARIFID = up.ID
	return s.d.Jobs.Enqueue(ctx, a, jobs.At(s.d.Now().Add(s.reviewPoll())), jobs.MaxAttempts(5))
}

// followSARIF reads the upload's processing status and records it; a
// pending one is read again later, at most sarifPolls times.
func (s *Service) followSARIF(ctx context.Context, g *gh, rep *store.Repository, a SARIFUploadArgs) error {
	st, err := g.app.SARIFUploadStatus(ctx, rep.InstallationID, rep.FullName, a.SARIFID)
	if err != nil {
		return fmt.Errorf("repositories: sarif status: %w", err)
	}
	status := st.ProcessingStatus
	if status == "" {
		status = "pending"
	}
	if status == "pending" {
		if a.Polls++; a.Polls < sarifPolls {
			return s.d.Jobs.Enqueue(ctx, a, jobs.At(s.d.Now().Add(s.reviewPoll()*5)), jobs.MaxAttempts(5))
		}
	}
	if status == "failed" && len(st.Errors) > 0 {
		status += ": " + quoteLine(strings.Join(st.Errors, "; "), 300)
	}
	return s.store.SetSARIF(ctx, a.ScanID, a.SARIFID, status)
}

// uploadMessage says why GitHub refused an upload, in words a user can act on.
func uploadMessage(err error) string {
	var ge *github.Error
	if errors.As(err, &ge) {
		switch ge.Status {
		case 403:
			return "GitHub refused the upload (the App needs the code scanning alerts write permission; GitHub Advanced Security must be on for private repositories): " + ge.Message
		case 404:
			return "GitHub did not find the repository or commit: " + ge.Message
		}
		return fmt.Sprintf("GitHub answered %d: %s", ge.Status, ge.Message)
	}
	return "could not reach GitHub"
}
