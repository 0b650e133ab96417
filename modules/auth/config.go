package auth

import (
	"net/mail"
	"time"

	"vigil/platform/config"
)

// ValidateConfig checks the configuration sections the auth module owns
// (auth.* and smtp.*), naming each bad key in full. The root passes it to
// config.Load, so its problems are reported with every other module's.
func ValidateConfig(c config.Config) config.Problems {
	var p config.Problems
	a := c.Auth
	if a.AccessTTL < time.Minute || a.AccessTTL > 24*time.Hour {
		p.Add("auth.access_ttl", a.AccessTTL, `must be between "1m" and "24h" (15m to 30m recommended)`)
	}
	if a.RefreshTTL < time.Hour || a.RefreshTTL > 8760*time.Hour || a.RefreshTTL <= a.AccessTTL {
		p.Add("auth.refresh_ttl", a.RefreshTTL, `must be between "1h" and "8760h" and longer than auth.access_ttl (168h to 720h recommended)`)
	}
	if a.Argon2.MemoryKiB < 7168 {
		p.Add("auth.argon2.memory_kib", a.Argon2.MemoryKiB, "must be at least 7168 (OWASP minimum; 19456 recommended)")
	}
	if a.Argon2.Iterations < 1 {
		p.Add("auth.argon2.iterations", a.Argon2.Iterations, "must be at least 1 (2 recommended)")
	}
	if a.Argon2.Parallelism < 1 {
		p.Add("auth.argon2.parallelism", a.Argon2.Parallelism, "must be at least 1")
	}
	p.AtLeast("auth.argon2.max_concurrent", int64(a.Argon2.MaxConcurrent), 1)
	for _, o := range []struct {
		name string
		oc   config.OAuthClient
	}{{"github", a.GitHub}, {"google", a.Google}} {
		pre, oc := "auth."+o.name+".", o.oc
		switch {
		case oc.ClientID != "" && oc.ClientSecret == "":
			p.Add(pre+"client_secret", "", "is empty but "+pre+"client_id is set (set both to enable "+o.name+" sign-in)")
		case oc.ClientID == "" && oc.ClientSecret != "":
			p.Add(pre+"client_id", "", "is empty but "+pre+"client_secret is set (set both to enable "+o.name+" sign-in)")
		}
		p.HTTPURL(pre+"auth_url", oc.AuthURL, false)
		p.HTTPURL(pre+"token_url", oc.TokenURL, false)
		p.HTTPURL(pre+"api_url", oc.APIURL, false)
		p.HTTPURL(pre+"issuer_url", oc.IssuerURL, false)
	}

	s := c.SMTP
	if s.Port < 1 || s.Port > 65535 {
		p.Add("smtp.port", s.Port, "must be a TCP port between 1 and 65535")
	}
	switch {
	case s.Host != "" && s.From == "":
		p.Add("smtp.from", "", "is empty but smtp.host is set (the sender address of every email)")
	case s.From != "":
		if addr, err := mail.ParseAddress(s.From); err != nil || addr.Address == "" {
			p.Add("smtp.from", s.From, `is not an email address ("vigil@example.com" or "Vigil <vigil@example.com>")`)
		}
	}
	if s.Password != "" && s.Username == "" {
		p.Add("smtp.username", "", "is empty but smtp.password is set (the password is only sent with a user name)")
	}
	return p
}
