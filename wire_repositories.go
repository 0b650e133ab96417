package main

import (
	"context"
	"time"

	"vigil/modules/analysis"
	"vigil/modules/auth"
	"vigil/modules/repositories"
	"vigil/platform/httpserver"
	"vigil/platform/jobs"
	"vigil/platform/netguard"
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
		svc.Routes(srv.API())
		srv.AddOperations(svc.Operations()...)
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
		rf := repositories.ResultFinding{Fingerprint: f.Fingerprint, RuleID: f.RuleID, Title: f.Title, Message: f.Message,
			Severity: f.Severity, CWE: f.CWE, Path: f.Location.Path, StartLine: f.Location.StartLine, EndLine: f.Location.EndLine,
			Triage: f.Triage.State}
		if f.AI != nil {
			rf.Fix = f.AI.FixDiff
		}
		for _, s := range f.Trace {
			rf.Trace = append(rf.Trace, repositories.TraceStep{Path: s.Location.Path, Line: s.Location.StartLine})
		}
		out.Findings = append(out.Findings, rf)
	}
	return out, nil
}
