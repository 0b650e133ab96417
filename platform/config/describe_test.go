package config

import (
	"strings"
	"testing"
)

func TestDescribeHidesSecrets(t *testing.T) {
	c := Default()
	c.SecretKey = "super-secret-key-value-0123456789abcdef"
	c.Database.URL = "postgres://vigil:dbpassword@db:5432/vigil"
	c.Stripe.SecretKey = "sk_live_abc"
	c.Redis.URL = "redis://:redispassword@cache:6379/0"
	c.AI.Providers = []AIProvider{{Name: "o", Kind: "openai", APIKey: "sk-provider", Models: []AIModel{{Name: "m", Tier: "fast"}}}}
	got := map[string]Setting{}
	var all strings.Builder
	for _, s := range Describe(c) {
		got[s.Key] = s
		all.WriteString(s.Key + "=" + s.Value + "\n")
	}
	tests := []struct{ key, env, value string }{
		{"http.addr", "VIGIL_HTTP_ADDR", ":8080"},
		{"auth.access_ttl", "VIGIL_AUTH_ACCESS_TTL", "15m0s"},
		{"secret_key", "VIGIL_SECRET_KEY", "(set)"},
		{"stripe.secret_key", "VIGIL_STRIPE_SECRET_KEY", "(set)"},
		{"stripe.webhook_secret", "VIGIL_STRIPE_WEBHOOK_SECRET", ""},
		{"database.url", "VIGIL_DATABASE_URL", "postgres://vigil:xxxxx@db:5432/vigil"},
		{"redis.url", "VIGIL_REDIS_URL", "redis://:xxxxx@cache:6379/0"},
		{"redis.prefix", "VIGIL_REDIS_PREFIX", "vigil:"},
	}
	for _, tt := range tests {
		s, ok := got[tt.key]
		if !ok || s.Env != tt.env || s.Value != tt.value {
			t.Errorf("%s = %+v, want env %s value %q", tt.key, s, tt.env, tt.value)
		}
	}
	for _, secret := range []string{"super-secret", "dbpassword", "sk_live_abc", "sk-provider", "redispassword"} {
		if strings.Contains(all.String(), secret) {
			t.Errorf("Describe leaks %q", secret)
		}
	}
	if len(got) != len(leavesOf(&c)) {
		t.Errorf("Describe lists %d keys, want %d", len(got), len(leavesOf(&c)))
	}
}
