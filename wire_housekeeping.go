package main

import (
	"context"

	"vigil/modules/analysis"
	"vigil/modules/analysis/cortex"
	"vigil/modules/auth"
	"vigil/modules/repositories"
	"vigil/platform/housekeeping"
	"vigil/platform/jobs"
)

// wireHousekeeping schedules the periodic clean-up of what each module
// owns and registers its metrics. The cortex instance here only prunes the
// shared AI cache table (it calls no model).
func wireHousekeeping(a *application, runner *jobs.Runner, authSvc *auth.Service, analysisSvc *analysis.Service, reposSvc *repositories.Service) error {
	ai, err := cortex.New(cortex.Deps{AI: a.cfg.AI, DB: a.db, Logger: a.log.With("module", "cortex")})
	if err != nil {
		return err
	}
	hk := a.cfg.Housekeeping
	h, err := housekeeping.New(a.log.With("component", "housekeeping"),
		housekeeping.Chore{Name: "auth_expired", Run: authSvc.PurgeExpired},
		housekeeping.Chore{Name: "analysis_sources", Run: analysisSvc.PurgeExpiredSources},
		housekeeping.Chore{Name: "ai_cache_age", Run: func(ctx context.Context) (int64, error) { return ai.PruneCache(ctx, hk.AICacheMaxAge) }},
		housekeeping.Chore{Name: "ai_cache_size", Run: func(ctx context.Context) (int64, error) { return ai.PruneCacheSize(ctx, hk.AICacheMaxBytes) }},
		housekeeping.Chore{Name: "github_deliveries", Run: reposSvc.PruneDeliveries},
		housekeeping.Chore{Name: "github_install_states", Run: reposSvc.PruneInstallStates},
	)
	if err != nil {
		return err
	}
	if a.metrics != nil {
		for _, c := range h.Collectors() {
			a.metrics.MustRegister(c)
		}
	}
	return h.Register(runner, hk.Interval)
}
