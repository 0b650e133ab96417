// Package redisconn opens the optional Redis that replicas share for
// state that may be lost (the rate limiter's buckets). Without redis.url
// nothing uses Redis.
package redisconn

import (
	"context"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/redis/go-redis/v9/maintnotifications"

	"vigil/platform/config"
)

// Timeouts are short: callers (the rate limiter on every API request)
// must hear of an outage at once, not after the request has waited.
const (
	dialTimeout = 2 * time.Second
	ioTimeout   = 500 * time.Millisecond
)

// Options parses rawURL (redis://[user:password@]host:port/db, or
// rediss:// for TLS) into client options with Vigil's timeouts.
func Options(rawURL string) (*redis.Options, error) {
	opts, err := redis.ParseURL(rawURL)
	if err != nil {
		return nil, fmt.Errorf("redis: invalid URL %q: %w", config.RedactURL(rawURL), err)
	}
	opts.DialTimeout = dialTimeout
	opts.ReadTimeout = ioTimeout
	opts.WriteTimeout = ioTimeout
	opts.ContextTimeoutEnabled = true
	// One dial attempt and one retry of a command: an outage must cost a
	// request milliseconds, not the client's default half second of
	// dial retries.
	opts.DialerRetries = 1
	opts.MaxRetries = 1
	// No CLIENT SETINFO on connect (before Redis 7.2 it is an error that
	// the client logs) and no cluster-maintenance push notifications
	// (RESP3, managed services only): a plain self-hosted Redis.
	opts.DisableIdentity = true
	opts.MaintNotificationsConfig = &maintnotifications.Config{Mode: maintnotifications.ModeDisabled}
	return opts, nil
}

// Open connects to the Redis at rawURL and checks it answers.
func Open(ctx context.Context, rawURL string) (*redis.Client, error) {
	opts, err := Options(rawURL)
	if err != nil {
		return nil, err
	}
	c := redis.NewClient(opts)
	pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := c.Ping(pctx).Err(); err != nil {
		_ = c.Close()
		return nil, fmt.Errorf("redis: cannot reach %s: %w", opts.Addr, err)
	}
	return c, nil
}
