package main

import (
	"context"

	"vigil/modules/analysis"
	"vigil/modules/auth"
	"vigil/modules/integrations"
	"vigil/platform/httpserver"
	"vigil/platform/jobs"
	"vigil/platform/netguard"
)

// wireIntegrations builds the notifications: deliveries as jobs on runner,
// mail through auth's SMTP mailer (none without SMTP: email channels are
// then refused), every Slack and webhook request through the SSRF guard
// with the operator's outbound.allow exceptions.
func wireIntegrations(a *application, runner *jobs.Runner, srv *httpserver.Server, authSvc *auth.Service) (*integrations.Service, error) {
	opts := netguard.Options{Allow: a.cfg.Outbound.Allow}
	guard, err := netguard.New(opts)
	if err != nil {
		return nil, err
	}
	var mailer integrations.Mailer
	if m := authSvc.Mailer(); m != nil {
		mailer = m
	}
	svc, err := integrations.New(integrations.Deps{
		DB:         a.db,
		Jobs:       runner,
		Authorizer: authSvc,
		Sealer:     a.sealer,
		Outbound:   guard.Client(opts),
		Guard:      guard,
		Mailer:     mailer,
		Audit:      a.audit,
		BaseURL:    a.cfg.BaseURL,
		Logger:     a.log.With("module", "integrations"),
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

// analysisNotifier tells the integrations module when an analysis ends
// (analysis.AnalysisEvents): modules never import each other, so the
// summary is translated here.
type analysisNotifier struct{ svc *integrations.Service }

// AnalysisFinished implements analysis.AnalysisEvents.
func (n analysisNotifier) AnalysisFinished(ctx context.Context, s analysis.FinishedSummary) {
	n.svc.AnalysisFinished(ctx, integrations.AnalysisOutcome{
		AnalysisID: s.AnalysisID, WorkspaceID: s.WorkspaceID, Name: s.Name, Tier: s.Tier, Status: s.Status,
		FailureReason: s.FailureReason, Counts: s.Counts, NewCritical: s.NewCritical, NewHigh: s.NewHigh, CostCredits: s.CostCredits,
	})
}

// creditsNotifier tells the integrations module when a charge leaves a
// workspace's credits nearly spent (credits.LowBalanceObserver).
type creditsNotifier struct{ svc *integrations.Service }

// CreditsLow implements credits.LowBalanceObserver.
func (n creditsNotifier) CreditsLow(ctx context.Context, workspaceID string, balance, threshold int64, reference string) {
	n.svc.CreditsNearlySpent(ctx, integrations.CreditsLow{WorkspaceID: workspaceID, Balance: balance, Threshold: threshold, Reference: reference})
}
