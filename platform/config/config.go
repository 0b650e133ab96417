// Package config loads Vigil's configuration: built-in defaults, then
// configs/vigil.yaml (or --config), then VIGIL_* environment variables
// (key "a.b_c" is VIGIL_A_B_C). One Validate call reports every problem at
// once. Config is passed into constructors, never read from a global.
//
// The struct is the contract every module reads: add fields, never rename.
package config

import (
	"fmt"
	"os"
	"strings"
	"time"
)

// Config is the whole configuration of one Vigil process.
type Config struct {
	// BaseURL is the public URL of the instance, used in redirects and links.
	BaseURL string `mapstructure:"base_url"`
	// SecretKey signs tokens and encrypts secrets at rest. With SQLite and
	// no key a random one is generated once under DataDir (mode 0600); with
	// PostgreSQL it is required.
	SecretKey string `mapstructure:"secret_key"`
	// SecretKeyPrevious are retired secret keys, kept only so values
	// encrypted before a rotation still decrypt (comma-separated in env).
	SecretKeyPrevious []string `mapstructure:"secret_key_previous"`
	// DataDir holds the SQLite database and the generated secret key.
	DataDir string `mapstructure:"data_dir"`

	HTTP      HTTP      `mapstructure:"http"`
	Database  Database  `mapstructure:"database"`
	Log       Log       `mapstructure:"log"`
	Sentry    Sentry    `mapstructure:"sentry"`
	OTel      OTel      `mapstructure:"otel"`
	Jobs      Jobs      `mapstructure:"jobs"`
	Auth      Auth      `mapstructure:"auth"`
	SMTP      SMTP      `mapstructure:"smtp"`
	Billing   string    `mapstructure:"billing"` // auto | on | off (auto: on when a Stripe key is set)
	Stripe    Stripe    `mapstructure:"stripe"`
	Credits   Credits   `mapstructure:"credits"`
	AI        AI        `mapstructure:"ai"`
	Analysis  Analysis  `mapstructure:"analysis"`
	GitHubApp GitHubApp `mapstructure:"github_app"`
	OSV       OSV       `mapstructure:"osv"`
	Blob      Blob      `mapstructure:"blob"`
	Outbound  Outbound  `mapstructure:"outbound"`
	RateLimit RateLimit `mapstructure:"rate_limit"`
	// Redis is optional shared state that may be lost (rate-limit buckets).
	Redis Redis `mapstructure:"redis"`
	// Housekeeping sets the periodic deletions that keep tables bounded.
	Housekeeping Housekeeping `mapstructure:"housekeeping"`
}

// Housekeeping configures the periodic clean-up job: expired sessions and
// links, sources past analysis.retention_days and the AI response cache.
type Housekeeping struct {
	// Interval is how often the job runs.
	Interval time.Duration `mapstructure:"interval"`
	// AICacheMaxAge deletes cached AI answers older than this.
	AICacheMaxAge time.Duration `mapstructure:"ai_cache_max_age"`
	// AICacheMaxBytes deletes the oldest cached answers beyond this many
	// bytes of responses (0: no size bound).
	AICacheMaxBytes int64 `mapstructure:"ai_cache_max_bytes"`
}

// RateLimit sets the API's budgets, shared by every replica through the
// database or Redis when redis.url is set (token buckets: a sustained rate and a burst). Signing in has
// its own fixed limits. The defaults are far above what a person or a CI
// pipeline does.
type RateLimit struct {
	// APIKey limits requests per API key.
	APIKey Budget `mapstructure:"api_key"`
	// User limits requests per signed-in user, across their browser
	// sessions and API keys.
	User Budget `mapstructure:"user"`
	// Analyses limits analyses started per workspace.
	Analyses Budget `mapstructure:"analyses"`
}

// Redis is a Redis server every replica reaches. When URL is set the rate
// limits (API budgets and sign-in limits) keep their buckets there instead
// of in the database, which then takes no limiter writes; without it they
// stay in the database, shared just the same.
type Redis struct {
	// URL is redis://[user:password@]host:port/db (rediss:// for TLS).
	URL string `mapstructure:"url"`
	// Prefix starts every key Vigil writes, so instances can share a
	// server ("vigil:").
	Prefix string `mapstructure:"prefix"`
}

// Budget is Rate events per Per with bursts of up to Burst; a Rate of 0
// turns the limit off.
type Budget struct {
	Rate  int           `mapstructure:"rate"`
	Per   time.Duration `mapstructure:"per"`
	Burst int           `mapstructure:"burst"`
}

// HTTP configures the web server.
type HTTP struct {
	Addr            string        `mapstructure:"addr"`
	TrustedProxies  []string      `mapstructure:"trusted_proxies"` // CIDRs whose X-Forwarded-For is believed
	BodyLimit       string        `mapstructure:"body_limit"`      // e.g. "2M" for JSON routes
	UploadLimit     string        `mapstructure:"upload_limit"`    // e.g. "100M" for upload routes
	ReadTimeout     time.Duration `mapstructure:"read_timeout"`
	WriteTimeout    time.Duration `mapstructure:"write_timeout"`
	IdleTimeout     time.Duration `mapstructure:"idle_timeout"`
	ShutdownTimeout time.Duration `mapstructure:"shutdown_timeout"`
}

// Database selects and tunes the database. URL is "postgres://..." or
// "sqlite:path"; empty means sqlite at DataDir/vigil.db.
type Database struct {
	URL             string        `mapstructure:"url"`
	MaxOpenConns    int           `mapstructure:"max_open_conns"`
	SlowQuery       time.Duration `mapstructure:"slow_query"`
	ConnectAttempts int           `mapstructure:"connect_attempts"` // retries with backoff at start-up
}

// Log configures structured logging.
type Log struct {
	Level  string `mapstructure:"level"`  // debug | info | warn | error
	Format string `mapstructure:"format"` // json | text
}

// Sentry enables error reporting when DSN is set.
type Sentry struct {
	DSN         string  `mapstructure:"dsn"`
	Environment string  `mapstructure:"environment"`
	SampleRate  float64 `mapstructure:"sample_rate"`
	// Browser lets the web app report its own errors to DSN too: the DSN
	// is then served to browsers (GET /api/v1/meta) and allowed by the
	// pages' Content-Security-Policy. Without a DSN nothing is loaded.
	Browser bool `mapstructure:"browser"`
}

// OTel exports OpenTelemetry traces over OTLP/HTTP when Endpoint is set
// (e.g. http://otel-collector:4318); off otherwise.
type OTel struct {
	Endpoint string `mapstructure:"endpoint"`
}

// Jobs configures the background job runner.
type Jobs struct {
	Workers      int           `mapstructure:"workers"`
	PollInterval time.Duration `mapstructure:"poll_interval"`
}

// Auth configures sign-in.
type Auth struct {
	AccessTTL  time.Duration `mapstructure:"access_ttl"`  // 15m..30m
	RefreshTTL time.Duration `mapstructure:"refresh_ttl"` // 7d..30d
	// AllowSignup lets anyone register with email + password.
	AllowSignup bool        `mapstructure:"allow_signup"`
	Argon2      Argon2      `mapstructure:"argon2"`
	GitHub      OAuthClient `mapstructure:"github"`
	Google      OAuthClient `mapstructure:"google"`
}

// Argon2 holds argon2id parameters (OWASP: m=19 MiB, t=2, p=1 minimum).
type Argon2 struct {
	MemoryKiB   uint32 `mapstructure:"memory_kib"`
	Iterations  uint32 `mapstructure:"iterations"`
	Parallelism uint8  `mapstructure:"parallelism"`
	// MaxConcurrent bounds simultaneous hashes so hashing is no DoS lever.
	MaxConcurrent int `mapstructure:"max_concurrent"`
}

// OAuthClient configures one OAuth provider; it is enabled when ClientID is set.
// AuthURL/TokenURL/APIURL (GitHub) and IssuerURL (Google) are overridable so
// tests and GitHub Enterprise can point elsewhere.
type OAuthClient struct {
	ClientID     string `mapstructure:"client_id"`
	ClientSecret string `mapstructure:"client_secret"`
	AuthURL      string `mapstructure:"auth_url"`
	TokenURL     string `mapstructure:"token_url"`
	APIURL       string `mapstructure:"api_url"`
	IssuerURL    string `mapstructure:"issuer_url"`
}

// SMTP sends email when Host is set.
type SMTP struct {
	Host     string `mapstructure:"host"`
	Port     int    `mapstructure:"port"`
	Username string `mapstructure:"username"`
	Password string `mapstructure:"password"`
	From     string `mapstructure:"from"`
}

// Stripe configures payments.
type Stripe struct {
	SecretKey     string `mapstructure:"secret_key"`
	WebhookSecret string `mapstructure:"webhook_secret"`
	APIURL        string `mapstructure:"api_url"` // points the client at stripe-mock in tests
}

// Credits configures grants, packs and prices.
type Credits struct {
	SignupGrant  int64 `mapstructure:"signup_grant"`
	MonthlyGrant int64 `mapstructure:"monthly_grant"`
	// StaticPer10kLines is what the Static tier costs per 10,000 lines (minimum 1 credit).
	StaticPer10kLines int64 `mapstructure:"static_per_10k_lines"`
	// CreditsPerDollar converts estimated AI spend into credits.
	CreditsPerDollar float64 `mapstructure:"credits_per_dollar"`
	// HoldTimeout releases holds never settled (crashed analyses).
	HoldTimeout time.Duration `mapstructure:"hold_timeout"`
	Packs       []CreditPack  `mapstructure:"packs"`
}

// CreditPack is one purchasable pack; Price is in the currency's minor unit (cents).
type CreditPack struct {
	ID       string `mapstructure:"id" json:"id"`
	Name     string `mapstructure:"name" json:"name"`
	Credits  int64  `mapstructure:"credits" json:"credits"`
	Price    int64  `mapstructure:"price" json:"price"`
	Currency string `mapstructure:"currency" json:"currency"`
}

// AI configures cortex. Providers may also come as a JSON array in VIGIL_AI_PROVIDERS.
type AI struct {
	Providers []AIProvider `mapstructure:"providers"`
	Breaker   Breaker      `mapstructure:"breaker"`
	// CallTimeout bounds one model call.
	CallTimeout time.Duration `mapstructure:"call_timeout"`
	MaxRetries  int           `mapstructure:"max_retries"`
	// BudgetUSD is the hard spending cap of one analysis (0 = from the quote).
	BudgetUSD float64 `mapstructure:"budget_usd"`
}

// AIProvider is one configured LLM endpoint (JSON shape is a contract).
type AIProvider struct {
	Name        string    `mapstructure:"name" json:"name"`
	Kind        string    `mapstructure:"kind" json:"kind"` // openai | anthropic | ollama
	BaseURL     string    `mapstructure:"base_url" json:"base_url"`
	APIKey      string    `mapstructure:"api_key" json:"api_key"`
	Models      []AIModel `mapstructure:"models" json:"models"`
	Concurrency int       `mapstructure:"concurrency" json:"concurrency"`
}

// AIModel is one model of a provider. Prices are USD per million tokens.
type AIModel struct {
	Name        string  `mapstructure:"name" json:"name"`
	Tier        string  `mapstructure:"tier" json:"tier"` // fast | strong
	InputPrice  float64 `mapstructure:"input_price" json:"input_price"`
	OutputPrice float64 `mapstructure:"output_price" json:"output_price"`
	Context     int     `mapstructure:"context" json:"context"` // tokens
}

// Breaker configures the per-provider circuit breaker.
type Breaker struct {
	Failures  int           `mapstructure:"failures"`  // consecutive failures that open it (5)
	Successes int           `mapstructure:"successes"` // half-open successes that close it (3)
	Cooldown  time.Duration `mapstructure:"cooldown"`  // open → half-open (60s)
}

// Analysis configures intake limits and retention.
type Analysis struct {
	MaxUploadBytes       int64 `mapstructure:"max_upload_bytes"`
	MaxUncompressedBytes int64 `mapstructure:"max_uncompressed_bytes"`
	MaxFiles             int   `mapstructure:"max_files"`
	MaxFileBytes         int64 `mapstructure:"max_file_bytes"`
	// RetentionDays: 0 deletes sources right after the analysis.
	RetentionDays int `mapstructure:"retention_days"`
	// MaxConcurrentIntakes bounds how many uploads are checked, bundled
	// and stored at the same time on one replica (the CPU- and
	// memory-heavy part of taking an upload in). Uploads beyond it wait.
	MaxConcurrentIntakes int `mapstructure:"max_concurrent_intakes"`
	// IntakeWait is how long an upload waits for a free intake before it
	// is answered 503 with Retry-After. It must leave time, within
	// http.write_timeout, for the intake itself.
	IntakeWait time.Duration `mapstructure:"intake_wait"`
}

// GitHubApp configures the GitHub App used for repositories and PR comments.
type GitHubApp struct {
	AppID int64 `mapstructure:"app_id"`
	// PrivateKey is the App's RSA private key: the PEM itself, or the path
	// of a file holding it (see PrivateKeyPEM).
	PrivateKey string `mapstructure:"private_key"`
	// WebhookSecret verifies X-Hub-Signature-256 on POST /api/v1/webhooks/github.
	WebhookSecret string `mapstructure:"webhook_secret"`
	// APIURL is GitHub's REST API (https://ghe.example.com/api/v3 for
	// GitHub Enterprise Server).
	APIURL string `mapstructure:"api_url"`
	// Slug is the App's URL name, for its installation page
	// (https://github.com/apps/<slug>/installations/new).
	Slug string `mapstructure:"slug"`
	// ClientID and ClientSecret are the App's OAuth client credentials.
	// The App requests user authorization during installation
	// (request_oauth_on_install), and the setup callback exchanges
	// GitHub's code for a user token to check that the person binding an
	// installation can access it.
	ClientID     string `mapstructure:"client_id"`
	ClientSecret string `mapstructure:"client_secret"`
}

// Enabled reports whether the GitHub App is configured.
func (g GitHubApp) Enabled() bool { return g.AppID > 0 }

// PrivateKeyPEM returns the App's private key PEM: PrivateKey itself when
// it holds a PEM block, else the content of the file it names.
func (g GitHubApp) PrivateKeyPEM() ([]byte, error) {
	if strings.Contains(g.PrivateKey, "-----BEGIN") {
		return []byte(g.PrivateKey), nil
	}
	b, err := os.ReadFile(g.PrivateKey)
	if err != nil {
		return nil, fmt.Errorf("github_app.private_key: %w", err)
	}
	return b, nil
}

// Outbound configures the SSRF guard of outbound HTTP to URLs that users
// supply (a workspace's own AI provider base URL). Loopback, private,
// link-local, CGNAT, multicast and unspecified addresses are refused unless
// listed in Allow.
type Outbound struct {
	// Allow lists addresses the guard lets through anyway, for self-hosters
	// whose users point at a local server (an Ollama on the same host): an
	// IP ("127.0.0.1"), an IP with port ("127.0.0.1:11434", "[::1]:11434")
	// or a CIDR ("10.20.0.0/16"). Comma-separated in VIGIL_OUTBOUND_ALLOW.
	// Host names are not accepted: they could be re-pointed (DNS rebinding).
	Allow []string `mapstructure:"allow"`
}

// OSV configures dependency vulnerability lookups. Out of the box the
// dependency pass asks the public OSV API; air-gapped sites set Offline
// (and usually DatabaseFile, filled by `vigil osv sync`).
type OSV struct {
	URL          string `mapstructure:"url"`           // OSV API base URL (POST /v1/querybatch)
	DatabaseFile string `mapstructure:"database_file"` // offline OSV export: zip, JSON or a directory of them
	// Offline turns every network lookup off: only DatabaseFile is used,
	// and scan workers get no network at all.
	Offline bool `mapstructure:"offline"`
	// ExportURL is where `vigil osv sync` downloads the per-ecosystem
	// exports (<ExportURL>/<ecosystem>/all.zip).
	ExportURL string `mapstructure:"export_url"`
}

// APIURL is the OSV server the dependency pass queries: URL unless
// Offline is set, then none.
func (o OSV) APIURL() string {
	if o.Offline {
		return ""
	}
	return o.URL
}

// Blob selects where uploaded sources are kept until their analysis ends.
type Blob struct {
	// Backend is "database" (the default: every replica reads the same
	// database) or "s3" (any S3-compatible object store).
	Backend string `mapstructure:"backend"`
	S3      S3     `mapstructure:"s3"`
}

// S3 is an S3-compatible bucket (AWS S3, MinIO, Ceph, Cloudflare R2, ...).
type S3 struct {
	Endpoint  string `mapstructure:"endpoint"` // e.g. https://s3.eu-west-1.amazonaws.com or http://minio:9000
	Bucket    string `mapstructure:"bucket"`
	Region    string `mapstructure:"region"`
	AccessKey string `mapstructure:"access_key"`
	SecretKey string `mapstructure:"secret_key"`
	Prefix    string `mapstructure:"prefix"`     // object key prefix inside the bucket
	PathStyle bool   `mapstructure:"path_style"` // bucket in the path (MinIO) instead of the host name
}
