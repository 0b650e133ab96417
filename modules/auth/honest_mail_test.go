package auth

import (
	"net/http"
	"strings"
	"testing"

	"vigil/platform/config"
)

// Pages must never promise an email that will not be sent: without SMTP
// the reset answer says so (still the same for every address), and the
// providers list tells the web app whether the instance sends mail.
func TestResetAnswerIsHonestAboutMail(t *testing.T) {
	t.Parallel()
	tdb := openTestDB(t, "sqlite")
	cases := []struct {
		name      string
		smtp      bool
		wantEmail bool
		say       string
		never     string
	}{
		{"without SMTP", false, false, "sends no email", "on its way"},
		{"with SMTP", true, true, "on its way", "sends no email"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, tdb, withConfig(func(c *config.Config) {
				if tc.smtp {
					c.SMTP = config.SMTP{Host: "127.0.0.1", Port: newSMTPSink(t).port(), From: "vigil@example.com"}
				}
			}))
			r := e.client().do("GET", "/api/v1/auth/providers", nil)
			expect(t, r, http.StatusOK)
			if got, ok := r.m(t)["email"].(bool); !ok || got != tc.wantEmail {
				t.Fatalf("providers email = %v, want %v: %s", r.m(t)["email"], tc.wantEmail, r.body)
			}
			var answers []string
			for _, email := range []string{"known-" + strings.ReplaceAll(tc.name, " ", "") + "@example.com", "ghost@example.com"} {
				if strings.HasPrefix(email, "known") {
					e.user(email)
				}
				r := e.client().do("POST", "/api/v1/auth/password/forgot", map[string]string{"email": email})
				expect(t, r, http.StatusAccepted)
				answers = append(answers, r.m(t)["status"].(string))
			}
			if answers[0] != answers[1] {
				t.Fatalf("answers differ between a known and an unknown address: %q", answers)
			}
			if !strings.Contains(answers[0], tc.say) || strings.Contains(answers[0], tc.never) {
				t.Fatalf("answer %q: want %q, never %q", answers[0], tc.say, tc.never)
			}
		})
	}
}
