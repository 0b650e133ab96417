package main

import (
	"github.com/labstack/echo/v4"

	"vigil/platform/config"
	"vigil/platform/ratelimit"
)

// apiRateLimit is the /api/v1 budget middleware (after Authenticate): per
// API key, per user and analyses started per workspace, from the
// rate_limit configuration, shared by every replica through the database.
func (a *application) apiRateLimit() echo.MiddlewareFunc {
	rl := a.cfg.RateLimit
	limits := ratelimit.HTTPPolicy{
		PerAPIKey:    policy(rl.APIKey),
		PerUser:      policy(rl.User),
		PerWorkspace: map[string]ratelimit.Policy{"POST /api/v1/analyses": policy(rl.Analyses)},
	}
	return ratelimit.NewLeases(a.limiter).Middleware(limits, a.log.With("component", "ratelimit"))
}

// policy turns a configured budget into the limiter's terms (Rate 0: off).
func policy(b config.Budget) ratelimit.Policy {
	return ratelimit.Policy{Rate: ratelimit.Rate{Events: b.Rate, Per: b.Per}, Burst: b.Burst}
}
