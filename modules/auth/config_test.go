package auth

import (
	"slices"
	"strings"
	"testing"
	"time"

	"vigil/platform/config"
)

func TestValidateConfig(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		set  func(c *config.Config)
		want []string // every problem, rendered
	}{
		{"defaults", func(*config.Config) {}, nil},
		{"github id without secret", func(c *config.Config) { c.Auth.GitHub.ClientID = "Iv1.abc" },
			[]string{`auth.github.client_secret: "" is empty but auth.github.client_id is set (set both to enable github sign-in)`}},
		{"google secret without id", func(c *config.Config) { c.Auth.Google.ClientSecret = "s3cret" },
			[]string{`auth.google.client_id: "" is empty but auth.google.client_secret is set (set both to enable google sign-in)`}},
		{"github both set", func(c *config.Config) { c.Auth.GitHub.ClientID, c.Auth.GitHub.ClientSecret = "id", "secret" }, nil},
		{"oauth url not http", func(c *config.Config) { c.Auth.Google.IssuerURL = "accounts.google.com" },
			[]string{`auth.google.issuer_url: "accounts.google.com" is not an absolute http:// or https:// URL`}},
		{"refresh not longer than access", func(c *config.Config) { c.Auth.AccessTTL, c.Auth.RefreshTTL = 2*time.Hour, time.Hour },
			[]string{`auth.refresh_ttl: "1h0m0s" must be between "1h" and "8760h" and longer than auth.access_ttl (168h to 720h recommended)`}},
		{"weak argon2", func(c *config.Config) { c.Auth.Argon2.MemoryKiB, c.Auth.Argon2.Iterations = 1024, 0 },
			[]string{"auth.argon2.memory_kib: 1024 must be at least 7168 (OWASP minimum; 19456 recommended)",
				"auth.argon2.iterations: 0 must be at least 1 (2 recommended)"}},
		{"smtp host without from", func(c *config.Config) { c.SMTP.Host = "mail.example.com" },
			[]string{`smtp.from: "" is empty but smtp.host is set (the sender address of every email)`}},
		{"smtp from not an address", func(c *config.Config) { c.SMTP.Host, c.SMTP.From = "mail.example.com", "vigil" },
			[]string{`smtp.from: "vigil" is not an email address ("vigil@example.com" or "Vigil <vigil@example.com>")`}},
		{"smtp from with a name", func(c *config.Config) { c.SMTP.Host, c.SMTP.From = "mail.example.com", "Vigil <vigil@example.com>" }, nil},
		{"smtp bad port", func(c *config.Config) { c.SMTP.Port = 70000 },
			[]string{"smtp.port: 70000 must be a TCP port between 1 and 65535"}},
		{"smtp password without user", func(c *config.Config) { c.SMTP.Password = "pw" },
			[]string{`smtp.username: "" is empty but smtp.password is set (the password is only sent with a user name)`}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := config.Default()
			tc.set(&c)
			var got []string
			for _, p := range ValidateConfig(c) {
				got = append(got, p.String())
			}
			if !slices.Equal(got, tc.want) {
				t.Fatalf("problems:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
		})
	}
}
