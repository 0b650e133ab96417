package main

import (
	"strings"
	"testing"

	"vigil/platform/config"
)

// TestModuleConfigProblems: the modules' sections are validated at
// start-up by their own validators, as loadConfig passes them, and every
// problem names its key in full.
func TestModuleConfigProblems(t *testing.T) {
	cases := []struct {
		name string
		env  map[string]string
		want []string
	}{
		{"billing mode", map[string]string{"VIGIL_BILLING": "sometimes"},
			[]string{`billing: "sometimes" is not one of auto, on, off`}},
		{"billing on without stripe", map[string]string{"VIGIL_BILLING": "on"},
			[]string{`stripe.secret_key: "" is required when billing is "on"`, `stripe.webhook_secret: "" is required when billing is enabled`}},
		{"credit packs", map[string]string{"VIGIL_CREDITS_PACKS": `[{"id":"x","name":"X","credits":0,"price":1,"currency":"dollars"}]`},
			[]string{`credits.packs[0].credits: 0 must be at least 1`, `credits.packs[0].currency: "dollars" is not a lower-case ISO 4217 code`}},
		{"provider fields", map[string]string{"VIGIL_AI_PROVIDERS": `[{"name":"a","kind":"skynet","models":[{"name":"m","tier":"huge"}]}]`},
			[]string{`ai.providers[0].kind: "skynet" is not one of openai, anthropic, ollama`, `ai.providers[0].models[0].tier: "huge" is not one of fast, strong`}},
		{"intake bounds", map[string]string{"VIGIL_ANALYSIS_MAX_CONCURRENT_INTAKES": "0", "VIGIL_ANALYSIS_INTAKE_WAIT": "2m"},
			[]string{`analysis.max_concurrent_intakes: 0 must be at least 1`, `analysis.intake_wait: "2m0s" must be shorter than http.write_timeout (1m0s)`}},
		{"oauth client id without secret", map[string]string{"VIGIL_AUTH_GITHUB_CLIENT_ID": "Iv1.abc"},
			[]string{`auth.github.client_secret: "" is empty but auth.github.client_id is set`}},
		{"smtp without sender", map[string]string{"VIGIL_SMTP_HOST": "mail.example.com"},
			[]string{`smtp.from: "" is empty but smtp.host is set`}},
		{"module and platform problems in one error", map[string]string{"VIGIL_BILLING": "on", "VIGIL_LOG_LEVEL": "loud", "VIGIL_SMTP_HOST": "mail.example.com"},
			[]string{`log.level: "loud"`, `stripe.secret_key: "" is required`, `smtp.from: "" is empty`, "(4 problems)"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			_, err := config.Load(config.LoadOptions{SkipDefaultFile: true, Validators: moduleValidators})
			if _, ok := config.AsProblems(err); !ok {
				t.Fatalf("want configuration problems, got %v", err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error lacks %q:\n%s", w, err)
				}
			}
		})
	}
	// And a valid configuration passes every validator.
	if _, err := config.Load(config.LoadOptions{SkipDefaultFile: true, Validators: moduleValidators}); err != nil {
		t.Fatalf("defaults: %v", err)
	}
}
