package config

import (
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
)

// Validate checks every value and returns one error (a Problems) listing
// all problems at once, or nil when the configuration is usable, so an
// operator fixes a file in one pass.
func (c Config) Validate() error {
	if p := c.problems(); len(p) > 0 {
		return p
	}
	return nil
}

// Validator checks one module's section of the configuration and returns
// its problems, keys named in full ("auth.github.client_secret"). Modules
// own their sections' rules; the root passes their validators to Load
// (LoadOptions.Validators) so every problem is reported in one pass.
type Validator func(Config) Problems

// Add records a problem: key (dotted, in full) has value, which value does
// not satisfy (allowed is a phrase: "is required when ...").
func (ps *Problems) Add(key string, value any, allowed string) { ps.add(key, value, allowed) }

// OneOf records a problem unless val is one of allowed.
func (ps *Problems) OneOf(key, val string, allowed ...string) {
	if !slices.Contains(allowed, val) {
		ps.add(key, val, "is not one of "+strings.Join(allowed, ", "))
	}
}

// HTTPURL records a problem unless val is an absolute http(s) URL (or
// empty, when not required).
func (ps *Problems) HTTPURL(key, val string, required bool) {
	if val == "" {
		if required {
			ps.add(key, val, "is required (an absolute http:// or https:// URL)")
		}
		return
	}
	u, err := url.Parse(val)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		ps.add(key, val, "is not an absolute http:// or https:// URL")
	}
}

// Positive records a problem unless d is a positive duration.
func (ps *Problems) Positive(key string, d time.Duration) {
	if d <= 0 {
		ps.add(key, d, "must be a positive duration")
	}
}

// AtLeast records a problem when v is below min.
func (ps *Problems) AtLeast(key string, v, min int64) {
	if v < min {
		ps.add(key, v, fmt.Sprintf("must be at least %d", min))
	}
}

// problems checks the platform's sections (those no module owns).
func (c Config) problems() Problems {
	var p Problems
	oneOf, httpURL, positive, atLeast := p.OneOf, p.HTTPURL, p.Positive, p.AtLeast

	httpURL("base_url", c.BaseURL, true)
	if c.SecretKey != "" && len(c.SecretKey) < 32 {
		p.add("secret_key", c.SecretKey, "must be at least 32 characters (e.g. openssl rand -hex 32)")
	}
	for i, k := range c.SecretKeyPrevious {
		if len(k) < 32 {
			p.add(fmt.Sprintf("secret_key_previous[%d]", i), k, "must be at least 32 characters")
		}
	}
	if c.Database.Dialect() == "postgres" && c.SecretKey == "" {
		p.add("secret_key", "", "is required with PostgreSQL: every replica must share it to verify tokens and decrypt secrets (set VIGIL_SECRET_KEY, e.g. openssl rand -hex 32)")
	}
	if strings.TrimSpace(c.DataDir) == "" {
		p.add("data_dir", c.DataDir, "must be a directory path")
	}

	// http
	if _, port, err := net.SplitHostPort(c.HTTP.Addr); err != nil || port == "" {
		p.add("http.addr", c.HTTP.Addr, `is not a listen address like ":8080" or "127.0.0.1:8080"`)
	}
	for _, cidr := range c.HTTP.TrustedProxies {
		if _, err := netip.ParsePrefix(cidr); err != nil {
			if _, err := netip.ParseAddr(cidr); err != nil {
				p.add("http.trusted_proxies", cidr, "is not a CIDR (e.g. 10.0.0.0/8) or IP address")
			}
		}
	}
	if !sizeRE.MatchString(c.HTTP.BodyLimit) {
		p.add("http.body_limit", c.HTTP.BodyLimit, `is not a size like "512K", "2M" or "1G"`)
	}
	if !sizeRE.MatchString(c.HTTP.UploadLimit) {
		p.add("http.upload_limit", c.HTTP.UploadLimit, `is not a size like "512K", "100M" or "1G"`)
	}
	positive("http.read_timeout", c.HTTP.ReadTimeout)
	positive("http.write_timeout", c.HTTP.WriteTimeout)
	positive("http.idle_timeout", c.HTTP.IdleTimeout)
	positive("http.shutdown_timeout", c.HTTP.ShutdownTimeout)

	// database
	if u := c.Database.URL; u != "" && !isPostgresURL(u) && !strings.HasPrefix(u, "sqlite:") {
		p.add("database.url", u, `is not a "postgres://...", "postgresql://..." or "sqlite:path" URL (empty means sqlite at data_dir/vigil.db)`)
	} else if isPostgresURL(u) {
		if pu, err := url.Parse(u); err != nil || pu.Host == "" {
			p.add("database.url", u, "is not a valid PostgreSQL URL (postgres://user:password@host:5432/db)")
		}
	}
	atLeast("database.max_open_conns", int64(c.Database.MaxOpenConns), 1)
	if c.Database.SlowQuery < 0 {
		p.add("database.slow_query", c.Database.SlowQuery, "must not be negative (0 disables slow-query logging)")
	}
	atLeast("database.connect_attempts", int64(c.Database.ConnectAttempts), 1)

	// log, sentry
	oneOf("log.level", c.Log.Level, "debug", "info", "warn", "error")
	oneOf("log.format", c.Log.Format, "json", "text")
	if c.Sentry.DSN != "" {
		if u, err := url.Parse(c.Sentry.DSN); err != nil || u.Host == "" || u.User == nil {
			p.add("sentry.dsn", c.Sentry.DSN, "is not a Sentry DSN (https://key@host/project)")
		}
	}
	if c.OTel.Endpoint != "" {
		if u, err := url.Parse(c.OTel.Endpoint); err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
			p.add("otel.endpoint", c.OTel.Endpoint, "is not an OTLP/HTTP URL (http://collector:4318)")
		}
	}
	if c.Redis.URL != "" {
		if u, err := url.Parse(c.Redis.URL); err != nil || u.Host == "" || (u.Scheme != "redis" && u.Scheme != "rediss") {
			p.add("redis.url", c.Redis.URL, "is not a Redis URL (redis://host:6379/0, rediss:// for TLS)")
		}
	}
	if c.Sentry.SampleRate < 0 || c.Sentry.SampleRate > 1 {
		p.add("sentry.sample_rate", c.Sentry.SampleRate, "must be between 0 and 1")
	}

	// jobs
	atLeast("jobs.workers", int64(c.Jobs.Workers), 1)
	if c.Jobs.PollInterval < 100*time.Millisecond {
		p.add("jobs.poll_interval", c.Jobs.PollInterval, `must be at least "100ms"`)
	}

	// outbound
	for i, a := range c.Outbound.Allow {
		if !validAllowEntry(a) {
			p.add(fmt.Sprintf("outbound.allow[%d]", i), a, `is not an IP ("127.0.0.1"), IP:port ("127.0.0.1:11434", "[::1]:11434") or CIDR ("10.0.0.0/8")`)
		}
	}

	// rate_limit: a rate of 0 turns a limit off; a rate needs a period and a burst.
	for _, rl := range []struct {
		name string
		b    Budget
	}{{"api_key", c.RateLimit.APIKey}, {"user", c.RateLimit.User}, {"analyses", c.RateLimit.Analyses}} {
		atLeast("rate_limit."+rl.name+".rate", int64(rl.b.Rate), 0)
		if rl.b.Rate > 0 {
			positive("rate_limit."+rl.name+".per", rl.b.Per)
			atLeast("rate_limit."+rl.name+".burst", int64(rl.b.Burst), 1)
		}
	}

	positive("housekeeping.interval", c.Housekeeping.Interval)
	positive("housekeeping.ai_cache_max_age", c.Housekeeping.AICacheMaxAge)
	atLeast("housekeeping.ai_cache_max_bytes", c.Housekeeping.AICacheMaxBytes, 0)

	// github app, osv
	atLeast("github_app.app_id", c.GitHubApp.AppID, 0)
	if c.GitHubApp.AppID > 0 {
		if c.GitHubApp.PrivateKey == "" {
			p.add("github_app.private_key", "", "is required when github_app.app_id is set")
		} else if pemBytes, err := c.GitHubApp.PrivateKeyPEM(); err != nil {
			p.add("github_app.private_key", "(set)", "is neither a PEM private key nor a readable file holding one")
		} else if !rsaKeyPEM(pemBytes) {
			p.add("github_app.private_key", "(set)", "is not an RSA private key in PEM (PKCS #1 or PKCS #8), as GitHub issues them")
		}
		if c.GitHubApp.WebhookSecret == "" {
			p.add("github_app.webhook_secret", "", "is required when github_app.app_id is set (it verifies GitHub's webhooks)")
		}
		if c.GitHubApp.ClientID == "" {
			p.add("github_app.client_id", "", "is required when github_app.app_id is set (the App's OAuth client id: installations are bound for the GitHub user who can access them)")
		}
		if c.GitHubApp.ClientSecret == "" {
			p.add("github_app.client_secret", "", "is required when github_app.app_id is set (the App's OAuth client secret)")
		}
		if !slugRe.MatchString(c.GitHubApp.Slug) {
			p.add("github_app.slug", c.GitHubApp.Slug, "is required when github_app.app_id is set: the App's URL name (letters, digits and dashes)")
		}
	}
	httpURL("github_app.api_url", c.GitHubApp.APIURL, false)
	httpURL("osv.url", c.OSV.URL, false)
	httpURL("osv.export_url", c.OSV.ExportURL, false)

	// blob
	oneOf("blob.backend", c.Blob.Backend, "database", "s3")
	if c.Blob.Backend == "s3" {
		httpURL("blob.s3.endpoint", c.Blob.S3.Endpoint, true)
		for _, kv := range [][2]string{{"blob.s3.bucket", c.Blob.S3.Bucket}, {"blob.s3.access_key", c.Blob.S3.AccessKey}, {"blob.s3.secret_key", c.Blob.S3.SecretKey}} {
			if kv[1] == "" {
				p.add(kv[0], "", `is required when blob.backend is "s3"`)
			}
		}
	}
	return p
}

var (
	sizeRE = regexp.MustCompile(`^[0-9]+(\.[0-9]+)?[KMGTP]?B?$`)
)

func isPostgresURL(u string) bool {
	return strings.HasPrefix(u, "postgres://") || strings.HasPrefix(u, "postgresql://")
}

// redactURL hides the password of a URL so it can be logged.
func redactURL(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.User == nil {
		return s
	}
	if _, has := u.User.Password(); has {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}

// RedactURL hides the password of a database URL for logs and errors.
func RedactURL(s string) string { return redactURL(s) }

// validAllowEntry reports whether a is one of the outbound.allow forms:
// IP, IP:port or CIDR (platform/netguard parses the same forms).
func validAllowEntry(a string) bool {
	a = strings.TrimSpace(a)
	if _, err := netip.ParseAddr(a); err == nil {
		return true
	}
	if ap, err := netip.ParseAddrPort(a); err == nil && ap.Port() != 0 {
		return true
	}
	_, err := netip.ParsePrefix(a)
	return err == nil
}

// slugRe matches a GitHub App's URL name.
var slugRe = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,99}$`)

// rsaKeyPEM reports whether b holds an RSA private key in PEM.
func rsaKeyPEM(b []byte) bool {
	blk, _ := pem.Decode(b)
	if blk == nil {
		return false
	}
	if _, err := x509.ParsePKCS1PrivateKey(blk.Bytes); err == nil {
		return true
	}
	k, err := x509.ParsePKCS8PrivateKey(blk.Bytes)
	if err != nil {
		return false
	}
	_, ok := k.(*rsa.PrivateKey)
	return ok
}
