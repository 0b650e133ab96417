package ratelimit

import (
	"log/slog"
	"math"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"

	"vigil/platform/errs"
	"vigil/platform/principal"
)

// HTTPPolicy is what Middleware limits. Requests without a principal
// (anonymous) pass untouched: signing in has its own limits.
type HTTPPolicy struct {
	// PerAPIKey limits each API key.
	PerAPIKey Policy
	// PerUser limits each user, across sessions and keys.
	PerUser Policy
	// PerWorkspace limits routes ("POST /api/v1/analyses", as echo names
	// them) per acting workspace.
	PerWorkspace map[string]Policy
}

// Middleware enforces p after authentication. Every limited response
// carries RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset (IETF
// httpapi-ratelimit-headers) of the tightest budget that applied; over
// budget the answer is 429 problem+json with Retry-After. If the shared
// state cannot be reached the request passes (logged): an outage of the
// limiter must not become an outage of the API.
func (s *Leases) Middleware(p HTTPPolicy, log *slog.Logger) echo.MiddlewareFunc {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			ctx := c.Request().Context()
			pr, ok := principal.From(ctx)
			if !ok {
				return next(c)
			}
			type check struct {
				key string
				pol Policy
			}
			var checks []check
			if pr.APIKeyID != "" && p.PerAPIKey.On() {
				checks = append(checks, check{"api:key:" + pr.APIKeyID, p.PerAPIKey})
			}
			if pr.UserID != "" && p.PerUser.On() {
				checks = append(checks, check{"api:user:" + pr.UserID, p.PerUser})
			}
			if pol, ok := p.PerWorkspace[c.Request().Method+" "+c.Path()]; ok && pol.On() && pr.WorkspaceID != "" {
				checks = append(checks, check{"api:ws:" + c.Request().Method + " " + c.Path() + ":" + pr.WorkspaceID, pol})
			}
			tightest, limit, reset := math.MaxInt, 0, time.Duration(0)
			for _, ch := range checks {
				res, err := s.Take(ctx, ch.key, ch.pol)
				if err != nil {
					log.WarnContext(ctx, "rate limit unavailable; request let through", "error", err)
					continue
				}
				if !res.Allowed {
					setHeaders(c, ch.pol.Burst, 0, res.Reset)
					e := errs.New(errs.KindRateLimited, "rate limit exceeded: %d requests per %s (burst %d); try again in %d seconds",
						ch.pol.Rate.Events, ch.pol.Rate.Per, ch.pol.Burst, int(math.Ceil(res.RetryAfter.Seconds())))
					e.RetryAfter = max(res.RetryAfter, time.Second)
					return e
				}
				if res.Remaining < tightest {
					tightest, limit, reset = res.Remaining, ch.pol.Burst, res.Reset
				}
			}
			if limit > 0 {
				setHeaders(c, limit, tightest, reset)
			}
			return next(c)
		}
	}
}

func setHeaders(c echo.Context, limit, remaining int, reset time.Duration) {
	h := c.Response().Header()
	h.Set("RateLimit-Limit", strconv.Itoa(limit))
	h.Set("RateLimit-Remaining", strconv.Itoa(max(remaining, 0)))
	h.Set("RateLimit-Reset", strconv.Itoa(int(math.Ceil(reset.Seconds()))))
}
