package main

import (
	"context"
	"io"
	"time"

	"vigil/modules/analysis"
	"vigil/modules/auth"
	"vigil/modules/repositories"
	"vigil/platform/httpserver"
	"vigil/platform/jobs"
	"vigil/platform/netguard"
	"vigil/platform/principal"
)

// wireRepositories builds the repositories module: clone URLs are checked
// by the SSRF guard (with the operator's outbound.allow), tokens sealed
// with the instance secret, fetched trees handed to the analysis service
// (through analysisSources) with the upload limit as their bound.
func wireRepositories(a *application, runner *jobs.Runner, srv *httpserver.Server, authSvc *auth.Service, analysisSvc *analysis.Service) (*repositories.Service, error) {
	guard, err := netguard.New(netguard.Options{Allow: a.cfg.Outbound.Allow})
	if err != nil {
		return nil, err
	}
	// GitHub's API URL is the operator's (GitHub Enterprise Server may be
	// internal: list it in outbound.allow); it still goes through the guard.
	ghHTTP := guard.Client(netguard.Options{Allow: a.cfg.Outbound.Allow, Timeout: 2 * time.Minute})
	svc, err := repositories.New(repositories.Deps{
		DB:         a.db,
		Sealer:     a.sealer,
		Authorizer: authSvc,
		Analyses:   analysisSources{analysisSvc},
		Guard:      guard,
		Limits:     repositories.Limits{MaxArchiveBytes: a.cfg.Analysis.MaxUploadBytes},
		Logger:     a.log.With("module", "repositories"),
		Jobs:       runner,
		Results:    analysisSources{analysisSvc},
		Triage:     analysisSources{analysisSvc},
		Reports:    analysisSources{analysisSvc},
		Tallies:    analysisSources{analysisSvc},
		GitHub: &repositories.GitHubDeps{
			Config: a.cfg.GitHubApp, HTTP: ghHTTP, BaseURL: a.cfg.BaseURL,
		},
	})
	if err != nil {
		return nil, err
	}
	if err := svc.Jobs(runner); err != nil {
		return nil, err
	}
	if srv != nil {
		srv.Mount(svc.Routes()...)
	}
	return svc, nil
}

// analysisSources adapts the analysis service to the interface the
// repositories module declares.
type analysisSources struct{ svc *analysis.Service }

func archiveRequest(src repositories.Source) analysis.ArchiveRequest {
	return analysis.ArchiveRequest{Tier: src.Tier, Name: src.Name, Project: src.Project, Archive: src.Archive, ArchiveSize: src.Size}
}

func started(c *analysis.Created, err error) (repositories.Started, error) {
	if err != nil {
		return repositories.Started{}, err
	}
	return repositories.Started{ID: c.ID, Status: c.Status, Credits: c.Quote.MaxCredits}, nil
}

// Start implements repositories.Analyses.
func (a analysisSources) Start(ctx context.Context, src repositories.Source) (repositories.Started, error) {
	return started(a.svc.CreateFromArchive(ctx, archiveRequest(src)))
}

// StartFor implements repositories.Analyses.
func (a analysisSources) StartFor(ctx context.Context, workspaceID, createdBy string, src repositories.Source) (repositories.Started, error) {
	return started(a.svc.CreateFromArchiveFor(ctx, workspaceID, createdBy, archiveRequest(src)))
}

// Result implements repositories.Results.
func (a analysisSources) Result(ctx context.Context, workspaceID, analysisID string) (repositories.Result, error) {
	v, fs, err := a.svc.ResultFor(ctx, workspaceID, analysisID)
	if err != nil {
		return repositories.Result{}, err
	}
	out := repositories.Result{Status: v.Status, Findings: make([]repositories.ResultFinding, 0, len(fs))}
	for _, f := range fs {
		rf := repositories.ResultFinding{ID: f.ID, Fingerprint: f.Fingerprint, RuleID: f.RuleID, Title: f.Title, Message: f.Message,
			Severity: f.Severity, CWE: f.CWE, Path: f.Location.Path, StartLine: f.Location.StartLine, EndLine: f.Location.EndLine,
			Triage: f.Triage.State}
		if f.AI != nil {
			rf.Fix, rf.Explanation = f.AI.FixDiff, f.AI.Explanation
		}
		for _, s := range f.Trace {
			rf.Trace = append(rf.Trace, repositories.TraceStep{Path: s.Location.Path, Line: s.Location.StartLine})
		}
		out.Findings = append(out.Findings, rf)
	}
	return out, nil
}

// TriageFinding implements repositories.Triager: the analysis service's
// own triage use case (validation, history, audit, project recount), on
// behalf of the member who connected the repository (their role is read
// from the workspace, so a member who lost the right cannot vouch).
func (a analysisSources) TriageFinding(ctx context.Context, d repositories.TriageDecision) error {
	ctx = principal.With(ctx, &principal.Principal{UserID: d.ActorID, WorkspaceID: d.WorkspaceID})
	_, err := a.svc.Triage(ctx, d.FindingID, analysis.TriageRequest{State: d.State, Reason: d.Reason})
	return err
}

// SARIF implements repositories.Reporter: the analysis module's SARIF
// export, read on behalf of the member who connected the repository.
func (a analysisSources) SARIF(ctx context.Context, workspaceID, actorID, analysisID string, w io.Writer) error {
	ctx = principal.With(ctx, &principal.Principal{UserID: actorID, WorkspaceID: workspaceID})
	_, err := a.svc.Report(ctx, analysisID, "sarif", w)
	return err
}

// Tallies implements repositories.Tallier.
func (a analysisSources) Tallies(ctx context.Context, workspaceID string, ids []string) (map[string]repositories.Tally, error) {
	ts, err := a.svc.Tallies(ctx, workspaceID, ids)
	if err != nil {
		return nil, err
	}
	out := make(map[string]repositories.Tally, len(ts))
	for id, t := range ts {
		out[id] = repositories.Tally{Status: t.Status, Counts: repositories.SeverityCounts{Critical: t.Counts.Critical, High: t.Counts.High,
			Medium: t.Counts.Medium, Low: t.Counts.Low, Info: t.Counts.Info}}
	}
	return out, nil
}
