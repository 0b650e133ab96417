package config

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func writeFile(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "vigil.yaml")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestDefaultsAreValid(t *testing.T) {
	if err := Default().Validate(); err != nil {
		t.Fatalf("defaults must validate: %v", err)
	}
}

// The committed example file documents the defaults; it must not drift.
func TestExampleFileMatchesDefaults(t *testing.T) {
	cfg, err := Load(LoadOptions{File: "../../configs/vigil.yaml"})
	if err != nil {
		t.Fatal(err)
	}
	if want := Default(); !reflect.DeepEqual(*cfg, want) {
		t.Fatalf("configs/vigil.yaml differs from Default():\n got %+v\nwant %+v", *cfg, want)
	}
}

func TestPrecedence(t *testing.T) {
	file := writeFile(t, "http:\n  addr: \":9000\"\nlog:\n  level: debug\n  format: text\nauth:\n  access_ttl: 20m\n")
	tests := []struct {
		name string
		file string
		env  map[string]string
		get  func(*Config) any
		want any
	}{
		{"default", "", nil, func(c *Config) any { return c.HTTP.Addr }, ":8080"},
		{"file over default", file, nil, func(c *Config) any { return c.HTTP.Addr }, ":9000"},
		{"env over file", file, map[string]string{"VIGIL_HTTP_ADDR": ":7000"}, func(c *Config) any { return c.HTTP.Addr }, ":7000"},
		{"env over default", "", map[string]string{"VIGIL_LOG_LEVEL": "warn"}, func(c *Config) any { return c.Log.Level }, "warn"},
		{"file keeps unrelated defaults", file, nil, func(c *Config) any { return c.Auth.RefreshTTL }, 720 * time.Hour},
		{"env duration", file, map[string]string{"VIGIL_AUTH_ACCESS_TTL": "25m"}, func(c *Config) any { return c.Auth.AccessTTL }, 25 * time.Minute},
		{"nested env key", "", map[string]string{"VIGIL_AUTH_ARGON2_MEMORY_KIB": "65536"}, func(c *Config) any { return c.Auth.Argon2.MemoryKiB }, uint32(65536)},
		{"env bool", "", map[string]string{"VIGIL_AUTH_ALLOW_SIGNUP": "false"}, func(c *Config) any { return c.Auth.AllowSignup }, false},
		{"env comma list", "", map[string]string{"VIGIL_HTTP_TRUSTED_PROXIES": "10.0.0.0/8,172.28.0.0/24"}, func(c *Config) any { return c.HTTP.TrustedProxies }, []string{"10.0.0.0/8", "172.28.0.0/24"}},
		{"env secret", "", map[string]string{"VIGIL_STRIPE_SECRET_KEY": "sk_test_x", "VIGIL_STRIPE_WEBHOOK_SECRET": "whsec_x"}, func(c *Config) any { return c.BillingEnabled() }, true},
		{"env JSON packs", "", map[string]string{"VIGIL_CREDITS_PACKS": `[{"id":"one","name":"One","credits":10,"price":99,"currency":"eur"}]`},
			func(c *Config) any { return c.Credits.Packs }, []CreditPack{{ID: "one", Name: "One", Credits: 10, Price: 99, Currency: "eur"}}},
		{"env JSON providers", "", map[string]string{"VIGIL_AI_PROVIDERS": `[{"name":"local","kind":"ollama","base_url":"http://127.0.0.1:11434","models":[{"name":"qwen","tier":"fast","context":32000}]}]`},
			func(c *Config) any { return c.AI.Providers },
			[]AIProvider{{Name: "local", Kind: "ollama", BaseURL: "http://127.0.0.1:11434", Models: []AIModel{{Name: "qwen", Tier: "fast", Context: 32000}}}}},
		{"env outbound allow list", "", map[string]string{"VIGIL_OUTBOUND_ALLOW": "127.0.0.1:11434,[::1]:11434,10.20.0.0/16"},
			func(c *Config) any { return c.Outbound.Allow }, []string{"127.0.0.1:11434", "[::1]:11434", "10.20.0.0/16"}},
		{"empty JSON providers", "", map[string]string{"VIGIL_AI_PROVIDERS": ""}, func(c *Config) any { return len(c.AI.Providers) }, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			cfg, err := Load(LoadOptions{File: tt.file, SkipDefaultFile: true})
			if err != nil {
				t.Fatal(err)
			}
			if got := tt.get(cfg); !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got %#v, want %#v", got, tt.want)
			}
		})
	}
}

func TestOverridesBeatEnv(t *testing.T) {
	t.Setenv("VIGIL_HTTP_ADDR", ":7000")
	cfg, err := Load(LoadOptions{SkipDefaultFile: true, Overrides: map[string]any{"http.addr": "127.0.0.1:9999"}})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.HTTP.Addr != "127.0.0.1:9999" {
		t.Fatalf("addr = %q", cfg.HTTP.Addr)
	}
	_, err = Load(LoadOptions{SkipDefaultFile: true, Overrides: map[string]any{"http.addr": "nope"}})
	if err == nil || !strings.Contains(err.Error(), `http.addr: "nope"`) {
		t.Fatalf("bad override not reported: %v", err)
	}
}

func TestFilePacksReplaceDefaults(t *testing.T) {
	file := writeFile(t, "credits:\n  packs:\n    - {id: solo, name: Solo, credits: 5, price: 100, currency: usd}\n")
	cfg, err := Load(LoadOptions{File: file, SkipDefaultFile: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Credits.Packs) != 1 || cfg.Credits.Packs[0].ID != "solo" {
		t.Fatalf("packs = %+v", cfg.Credits.Packs)
	}
}

// TestValidationListsEveryProblem covers the platform's sections; the
// modules' sections are tested by their validators and, through Load, in
// the root package (TestModuleConfigProblems).
func TestValidationListsEveryProblem(t *testing.T) {
	tests := []struct {
		name string
		file string
		env  map[string]string
		want []string
	}{
		{
			name: "several bad values at once",
			file: "log:\n  level: loud\n",
			env: map[string]string{
				"VIGIL_HTTP_ADDR":               "eighty",
				"VIGIL_DATABASE_URL":            "mysql://x",
				"VIGIL_AUTH_ACCESS_TTL":         "soon",
				"VIGIL_JOBS_WORKERS":            "0",
				"VIGIL_AUTH_ARGON2_PARALLELISM": "300",
			},
			want: []string{
				`log.level: "loud" is not one of debug, info, warn, error`,
				`http.addr: "eighty" is not a listen address`,
				`database.url: "mysql://x" is not a "postgres://..."`,
				`auth.access_ttl: "soon" is not a valid duration`,
				`jobs.workers: 0 must be at least 1`,
				`auth.argon2.parallelism: "300" is not a valid non-negative integer (at most 255)`,
				"(6 problems)",
			},
		},
		{
			name: "redis URL scheme, password hidden",
			env:  map[string]string{"VIGIL_REDIS_URL": "http://:hunter2@cache:6379"},
			want: []string{`redis.url: "http://:xxxxx@cache:6379" is not a Redis URL`},
		},
		{
			name: "unknown key in file",
			file: "htp:\n  adr: \":1\"\n",
			want: []string{`htp.adr: ":1" is not a known configuration key`},
		},
		{
			name: "postgres needs a secret key and hides the password",
			env:  map[string]string{"VIGIL_DATABASE_URL": "postgres://u:hunter2@db:5432/vigil", "VIGIL_SECRET_KEY": ""},
			want: []string{`secret_key: "" is required with PostgreSQL`},
		},
		{
			name: "bad JSON providers",
			env: map[string]string{
				"VIGIL_AI_PROVIDERS": `[{"name":`,
			},
			want: []string{
				`ai.providers: (value hidden) is not a valid list of AI providers`,
			},
		},
		{
			name: "outbound allow entries",
			env:  map[string]string{"VIGIL_OUTBOUND_ALLOW": "127.0.0.1:11434,ollama.internal,10.0.0.0/33"},
			want: []string{
				`outbound.allow[1]: "ollama.internal" is not an IP`,
				`outbound.allow[2]: "10.0.0.0/33" is not an IP`,
			},
		},
		{
			name: "github app without its parts",
			env:  map[string]string{"VIGIL_GITHUB_APP_APP_ID": "42", "VIGIL_GITHUB_APP_SLUG": "Not A Slug"},
			want: []string{
				`github_app.private_key: "" is required when github_app.app_id is set`,
				`github_app.webhook_secret: "" is required when github_app.app_id is set`,
				`github_app.client_id: "" is required when github_app.app_id is set`,
				`github_app.client_secret: "" is required when github_app.app_id is set`,
				`github_app.slug: "Not A Slug" is required when github_app.app_id is set`,
			},
		},
		{
			name: "github app key neither PEM nor file",
			env:  map[string]string{"VIGIL_GITHUB_APP_APP_ID": "42", "VIGIL_GITHUB_APP_PRIVATE_KEY": "/nonexistent/key.pem", "VIGIL_GITHUB_APP_WEBHOOK_SECRET": "w", "VIGIL_GITHUB_APP_SLUG": "vigil"},
			want: []string{`github_app.private_key: (value hidden) is neither a PEM private key nor a readable file`},
		},
		{
			name: "github app key not RSA",
			env: map[string]string{"VIGIL_GITHUB_APP_APP_ID": "42", "VIGIL_GITHUB_APP_PRIVATE_KEY": "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n",
				"VIGIL_GITHUB_APP_WEBHOOK_SECRET": "w", "VIGIL_GITHUB_APP_SLUG": "vigil"},
			want: []string{`github_app.private_key: (value hidden) is not an RSA private key`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			file := ""
			if tt.file != "" {
				file = writeFile(t, tt.file)
			}
			_, err := Load(LoadOptions{File: file, SkipDefaultFile: true})
			if err == nil {
				t.Fatal("want an error")
			}
			if _, ok := AsProblems(err); !ok {
				t.Fatalf("error is not Problems: %T", err)
			}
			msg := err.Error()
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("message lacks %q:\n%s", w, msg)
				}
			}
			if strings.Contains(msg, "hunter2") {
				t.Errorf("message leaks a password:\n%s", msg)
			}
		})
	}
}

func TestMissingExplicitFile(t *testing.T) {
	if _, err := Load(LoadOptions{File: filepath.Join(t.TempDir(), "nope.yaml")}); err == nil {
		t.Fatal("a missing --config file must be an error")
	}
}

func TestHelpers(t *testing.T) {
	tests := []struct {
		url, dialect, path string
	}{
		{"", "sqlite", filepath.Join("data", "vigil.db")},
		{"sqlite:/tmp/x.db", "sqlite", "/tmp/x.db"},
		{"postgres://h/db", "postgres", filepath.Join("data", "vigil.db")},
		{"postgresql://h/db", "postgres", filepath.Join("data", "vigil.db")},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			c := Default()
			c.Database.URL = tt.url
			if got := c.Database.Dialect(); got != tt.dialect {
				t.Errorf("Dialect = %q, want %q", got, tt.dialect)
			}
			if got := c.SQLitePath(); got != tt.path {
				t.Errorf("SQLitePath = %q, want %q", got, tt.path)
			}
		})
	}
	for _, b := range []struct {
		mode, key string
		want      bool
	}{{"auto", "", false}, {"auto", "sk", true}, {"on", "", true}, {"off", "sk", false}} {
		c := Config{Billing: b.mode, Stripe: Stripe{SecretKey: b.key}}
		if got := c.BillingEnabled(); got != b.want {
			t.Errorf("BillingEnabled(%s,%q) = %v", b.mode, b.key, got)
		}
	}
}

// TestGitHubAppKeyPEMOrFile accepts the App key as the PEM itself or as the
// path of the .pem file GitHub hands out, and Describe names the slug's env.
func TestGitHubAppKeyPEMOrFile(t *testing.T) {
	k, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	pemKey := string(pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(k)}))
	file := filepath.Join(t.TempDir(), "app.pem")
	if err := os.WriteFile(file, []byte(pemKey), 0o600); err != nil {
		t.Fatal(err)
	}
	for name, v := range map[string]string{"pem": pemKey, "file": file} {
		t.Run(name, func(t *testing.T) {
			t.Setenv("VIGIL_GITHUB_APP_APP_ID", "42")
			t.Setenv("VIGIL_GITHUB_APP_PRIVATE_KEY", v)
			t.Setenv("VIGIL_GITHUB_APP_WEBHOOK_SECRET", "whsec")
			t.Setenv("VIGIL_GITHUB_APP_SLUG", "vigil-dev")
			t.Setenv("VIGIL_GITHUB_APP_CLIENT_ID", "Iv1.abc")
			t.Setenv("VIGIL_GITHUB_APP_CLIENT_SECRET", "s3cret")
			c, err := Load(LoadOptions{SkipDefaultFile: true})
			if err != nil {
				t.Fatal(err)
			}
			got, err := c.GitHubApp.PrivateKeyPEM()
			if err != nil || string(got) != pemKey {
				t.Fatalf("PrivateKeyPEM = %q, %v", got, err)
			}
			var slug, key bool
			for _, s := range Describe(*c) {
				slug = slug || (s.Env == "VIGIL_GITHUB_APP_SLUG" && s.Value == "vigil-dev")
				key = key || (s.Env == "VIGIL_GITHUB_APP_PRIVATE_KEY" && s.Value == "(set)")
			}
			if !slug || !key {
				t.Errorf("Describe: slug shown %v, key hidden %v", slug, key)
			}
		})
	}
}

// Dependency checks work with no configuration (the public OSV API), and
// one switch turns every lookup off for air-gapped sites.
func TestOSVOnlineByDefault(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want string
	}{
		{"default", nil, "https://api.osv.dev"},
		{"own mirror", map[string]string{"VIGIL_OSV_URL": "https://osv.internal"}, "https://osv.internal"},
		{"air-gapped", map[string]string{"VIGIL_OSV_OFFLINE": "true"}, ""},
		{"air-gapped beats a url", map[string]string{"VIGIL_OSV_OFFLINE": "true", "VIGIL_OSV_URL": "https://osv.internal"}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			cfg, err := Load(LoadOptions{SkipDefaultFile: true})
			if err != nil {
				t.Fatal(err)
			}
			if got := cfg.OSV.APIURL(); got != tc.want {
				t.Errorf("APIURL() = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestLoadRunsModuleValidators: modules' validators see the loaded values
// and their problems are reported with the platform's, in one error.
func TestLoadRunsModuleValidators(t *testing.T) {
	ownsSMTP := func(c Config) Problems {
		var p Problems
		if c.SMTP.Host != "" && c.SMTP.From == "" {
			p.Add("smtp.from", "", "is empty but smtp.host is set")
		}
		return p
	}
	cases := []struct {
		name      string
		overrides map[string]any
		want      []string
	}{
		{"valid", map[string]any{"smtp.host": "mail.example.com", "smtp.from": "v@example.com"}, nil},
		{"module problem", map[string]any{"smtp.host": "mail.example.com"}, []string{`smtp.from: "" is empty but smtp.host is set`}},
		{"platform and module problems together", map[string]any{"smtp.host": "mail.example.com", "http.addr": "nope"},
			[]string{`http.addr: "nope" is not a listen address like ":8080" or "127.0.0.1:8080"`, `smtp.from: "" is empty but smtp.host is set`}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load(LoadOptions{SkipDefaultFile: true, Overrides: tc.overrides, Validators: []Validator{ownsSMTP}})
			var got []string
			if ps, ok := AsProblems(err); ok {
				for _, p := range ps {
					got = append(got, p.String())
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Fatalf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}
