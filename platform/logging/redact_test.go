package logging

import (
	"strings"
	"testing"
)

// redactEverywhere is RedactString without its shortcuts: every pattern
// runs on every string (with the same case rules for the trigger words).
// The shortcuts must never change a result.
func redactEverywhere(s string) string {
	if len(s) < 8 {
		return s
	}
	if containsFold(s, wBearer) || containsFold(s, wBasic) || containsFold(s, wToken) {
		s = bearerRe.ReplaceAllString(s, "${1} "+Redacted)
	}
	s = jwtRe.ReplaceAllString(s, Redacted)
	s = apiKeyRe.ReplaceAllString(s, Redacted)
	s = userinfoRe.ReplaceAllString(s, "${1}:"+Redacted+"@")
	s = secretParamRe.ReplaceAllString(s, "${1}"+Redacted)
	s = providerTokenRe.ReplaceAllString(s, Redacted)
	s = privateKeyRe.ReplaceAllString(s, Redacted)
	if containsFold(s, wPass) || containsFold(s, wPwd) || containsFold(s, wSecret) || containsFold(s, wKey) || containsFold(s, wToken) {
		s = secretPairRe.ReplaceAllString(s, "${1}"+Redacted)
	}
	return s
}

var redactSeeds = []string{
	"/healthz/live",
	"/api/v1/analyses/01JDX5/findings?page=2&state=open",
	"/auth/callback?code=abc123def456&state=xyz789xyz",
	"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36",
	"Authorization: Bearer abcdefgh12345678",
	"token\tabcdefgh12345678",
	"basic\fdXNlcjpwYXNzd29yZA==",
	"jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig_nature",
	"key vigil_live_0123456789abcdef",
	"postgres://vigil:hunter2hunter2@db:5432/vigil",
	"host=db password=hunter2 sslmode=disable",
	"client_secret: 's3cr3t value'",
	"api_key=\"quoted secret\" rest",
	"no secrets here, only words: pass the salt",
	"Pwd=abc;PWD:def;Secret=ghi",
	"http request",
	"a=b&c=d",
	"user@example.com wrote: see https://example.com/x?y=z",
	"InvalidAccessKeyId: The AWS Access Key Id you provided (AKIA" + "Q3EGR7KTZ2WX5YHN) does not exist",
	"push refused for ghp_" + "R8tKz2mQ7vXw4LpN9sYc3HdF6jBq1GaE5uTo on repo",
	"slack said invalid_auth for xoxb-" + "2718281828-3141592653-Zq8Ld3Kf9Rw2Tn6Yp1Vx4Hb",
	"stripe: No such key sk_" + "live_4eC39HqLyjWDarjtT1zdp7dc here",
	"maps call with AIza" + "SyD3x8Kq2mV7pL4wR9tN1cB6yF5dS0gA2hE failed",
	"config had -----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oo1Zf1YfVv0joAoGCCqGSM49\n-----END EC PRIVATE KEY----- inside",
	"a gh_ghost-town node_modules path-like string of some length",
}

// TestRedactStringShortcuts: for known shapes of secrets and of ordinary
// values, the fast path gives exactly what running every pattern gives.
func TestRedactStringShortcuts(t *testing.T) {
	for _, s := range redactSeeds {
		if got, want := RedactString(s), redactEverywhere(s); got != want {
			t.Errorf("RedactString(%q)\n got  %q\n want %q", s, got, want)
		}
	}
	// The secret shapes above are really masked (the shortcut is not
	// merely agreeing with a reference that also misses them).
	for _, s := range []string{"hunter2", "abcdefgh12345678", "vigil_live_0123456789abcdef", "abc123def456", "s3cr3t", "eyJhbGciOiJIUzI1NiJ9",
		"Q3EGR7KTZ2WX5YHN", "R8tKz2mQ7vXw4LpN9sYc3HdF6jBq1GaE5uTo", "Zq8Ld3Kf9Rw2Tn6Yp1Vx4Hb", "4eC39HqLyjWDarjtT1zdp7dc",
		"SyD3x8Kq2mV7pL4wR9tN1cB6yF5dS0gA2hE", "MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oo1Zf1YfVv0joAoGCCqGSM49"} {
		for _, in := range redactSeeds {
			if strings.Contains(in, s) && strings.Contains(RedactString(in), s) {
				t.Errorf("%q survives in %q", s, RedactString(in))
			}
		}
	}
}

// FuzzRedactString compares the fast path with every pattern running, on
// arbitrary strings (go test -fuzz=FuzzRedactString ./platform/logging).
func FuzzRedactString(f *testing.F) {
	for _, s := range redactSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := RedactString(s), redactEverywhere(s); got != want {
			t.Fatalf("RedactString(%q) = %q, want %q", s, got, want)
		}
	})
}

func BenchmarkRedactString(b *testing.B) {
	for _, s := range []string{"/healthz/live", "/api/v1/analyses/01JDX5/findings?page=2&state=open", redactSeeds[3]} {
		b.Run(s[:min(len(s), 20)], func(b *testing.B) {
			for b.Loop() {
				_ = RedactString(s)
			}
		})
	}
}
