package main

import (
	"context"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/redis/go-redis/v9"

	"vigil/platform/config"
	"vigil/platform/ratelimit"
	"vigil/platform/redisconn"
)

// newLimiter is the limiter every budget and sign-in limit spends from:
// buckets in Redis when redis.url is set (deciding in the database while
// Redis does not answer), else in the database. Either way every replica
// shares them. A Redis that does not answer at start-up is logged, not
// fatal: the database decides until it does.
func (a *application) newLimiter() (*ratelimit.Limiter, error) {
	sql, err := ratelimit.New(a.db)
	if err != nil {
		return nil, err
	}
	if a.cfg.Redis.URL == "" {
		return sql, nil
	}
	opts, err := redisconn.Options(a.cfg.Redis.URL)
	if err != nil {
		return nil, err
	}
	rdb := redis.NewClient(opts)
	a.closers = append(a.closers, rdb.Close)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	log := a.log.With("component", "ratelimit")
	if err := rdb.Ping(ctx).Err(); err != nil {
		log.Warn("Redis does not answer; rate limits are decided in the database until it does", "addr", opts.Addr, "error", err.Error())
	} else {
		log.Info("rate limits kept in Redis", "addr", opts.Addr, "db", opts.DB)
	}
	l, err := ratelimit.NewRedis(rdb, a.cfg.Redis.Prefix+"ratelimit:")
	if err != nil {
		return nil, err
	}
	return l.WithFallback(sql, log), nil
}

// apiRateLimit is the /api/v1 budget middleware (after Authenticate): per
// API key, per user and analyses started per workspace, from the
// rate_limit configuration, shared by every replica through the database
// or Redis (newLimiter).
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
