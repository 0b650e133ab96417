package config

import "time"

// Default returns the built-in configuration: a single node on an embedded
// SQLite database under ./data, listening on :8080. Every key has a default
// so that each one can also be set through its VIGIL_* variable (viper only
// maps environment variables onto keys it already knows).
func Default() Config {
	return Config{
		BaseURL:           "http://localhost:8080",
		SecretKeyPrevious: []string{},
		DataDir:           "data",
		HTTP: HTTP{
			Addr:            ":8080",
			TrustedProxies:  []string{},
			BodyLimit:       "2M",
			UploadLimit:     "100M",
			ReadTimeout:     30 * time.Second,
			WriteTimeout:    60 * time.Second,
			IdleTimeout:     120 * time.Second,
			ShutdownTimeout: 30 * time.Second,
		},
		Database: Database{
			MaxOpenConns:    10,
			SlowQuery:       200 * time.Millisecond,
			ConnectAttempts: 10,
		},
		Log:    Log{Level: "info", Format: "json"},
		Sentry: Sentry{Environment: "production", SampleRate: 1, Browser: true},
		Jobs:   Jobs{Workers: 4, PollInterval: time.Second},
		Auth: Auth{
			AccessTTL:   15 * time.Minute,
			RefreshTTL:  720 * time.Hour,
			AllowSignup: true,
			Argon2:      Argon2{MemoryKiB: 19456, Iterations: 2, Parallelism: 1, MaxConcurrent: 4},
			GitHub: OAuthClient{
				AuthURL:  "https://github.com/login/oauth/authorize",
				TokenURL: "https://github.com/login/oauth/access_token",
				APIURL:   "https://api.github.com",
			},
			Google: OAuthClient{IssuerURL: "https://accounts.google.com"},
		},
		SMTP:    SMTP{Port: 587},
		Billing: "auto",
		Blob:    Blob{Backend: "database"},
		Redis:   Redis{Prefix: "vigil:"},
		Credits: Credits{
			SignupGrant:       50,
			MonthlyGrant:      0,
			StaticPer10kLines: 1,
			CreditsPerDollar:  100,
			HoldTimeout:       2 * time.Hour,
			Packs: []CreditPack{
				{ID: "starter", Name: "Starter", Credits: 100, Price: 1000, Currency: "usd"},
				{ID: "team", Name: "Team", Credits: 500, Price: 4500, Currency: "usd"},
				{ID: "scale", Name: "Scale", Credits: 2000, Price: 16000, Currency: "usd"},
			},
		},
		AI: AI{
			Providers:   []AIProvider{},
			Breaker:     Breaker{Failures: 5, Successes: 3, Cooldown: 60 * time.Second},
			CallTimeout: 120 * time.Second,
			MaxRetries:  3,
		},
		Analysis: Analysis{
			MaxUploadBytes:       100 << 20,
			MaxUncompressedBytes: 1 << 30,
			MaxFiles:             50000,
			MaxFileBytes:         5 << 20,
			RetentionDays:        0,
			MaxConcurrentIntakes: 4,
			IntakeWait:           30 * time.Second,
		},
		GitHubApp: GitHubApp{APIURL: "https://api.github.com"},
		OSV:       OSV{URL: "https://api.osv.dev", ExportURL: "https://osv-vulnerabilities.storage.googleapis.com"},
		Outbound:  Outbound{Allow: []string{}},
		RateLimit: RateLimit{
			APIKey:   Budget{Rate: 600, Per: time.Minute, Burst: 120},
			User:     Budget{Rate: 1200, Per: time.Minute, Burst: 240},
			Analyses: Budget{Rate: 120, Per: time.Hour, Burst: 30},
		},
		Housekeeping: Housekeeping{Interval: 15 * time.Minute, AICacheMaxAge: 30 * 24 * time.Hour, AICacheMaxBytes: 256 << 20},
	}
}

// BillingEnabled reports whether purchases are offered: "on" always, "off"
// never, "auto" when a Stripe secret key is configured.
func (c Config) BillingEnabled() bool {
	switch c.Billing {
	case "on":
		return true
	case "off":
		return false
	default:
		return c.Stripe.SecretKey != ""
	}
}

// Dialect names the SQL dialect selected by URL: "postgres" for
// postgres:// and postgresql:// URLs, otherwise "sqlite".
func (d Database) Dialect() string {
	if isPostgresURL(d.URL) {
		return "postgres"
	}
	return "sqlite"
}

// SQLitePath is the database file used with the sqlite dialect: the path
// after "sqlite:", or DataDir/vigil.db when the URL is empty.
func (c Config) SQLitePath() string {
	if p, ok := cutPrefix(c.Database.URL, "sqlite:"); ok && p != "" {
		return p
	}
	return joinPath(c.DataDir, "vigil.db")
}
