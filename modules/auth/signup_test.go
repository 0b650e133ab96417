package auth

import (
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"vigil/platform/config"
)

var verifyLinkRe = regexp.MustCompile(`/auth/verify-email\?token=([A-Za-z0-9_-]+)`)

func withSMTP(sink *smtpSink) envOption {
	return withConfig(func(c *config.Config) {
		c.SMTP = config.SMTP{Host: "127.0.0.1", Port: sink.port(), From: "vigil@example.com"}
	})
}

func register(c *client, email, pw string) resp {
	return c.do("POST", "/api/v1/auth/register", map[string]string{"email": email, "password": pw})
}

// TestSignupDoesNotEnumerate: a sign-up with a taken email gets exactly
// the answer a new email gets (status, body, no cookies), with or without
// SMTP; only the owner of the address learns which case it was, by email.
func TestSignupDoesNotEnumerate(t *testing.T) {
	t.Parallel()
	forEachDB(t, func(t *testing.T, tdb testDB) {
		for _, smtp := range []bool{true, false} {
			name := "smtp off"
			if smtp {
				name = "smtp on"
			}
			t.Run(name, func(t *testing.T) {
				var opts []envOption
				sink := newSMTPSink(t)
				if smtp {
					opts = append(opts, withSMTP(sink))
				}
				e := newEnv(t, tdb, opts...)
				e.user("known-" + strings.ReplaceAll(name, " ", "") + "@example.com")
				taken := register(e.client(), "known-"+strings.ReplaceAll(name, " ", "")+"@example.com", "some other password")
				fresh := register(e.client(), "fresh-"+strings.ReplaceAll(name, " ", "")+"@example.com", "some other password")
				if taken.status != http.StatusAccepted || fresh.status != http.StatusAccepted {
					t.Fatalf("statuses %d (taken) and %d (new), want 202 both: %s / %s", taken.status, fresh.status, taken.body, fresh.body)
				}
				if string(taken.body) != string(fresh.body) {
					t.Fatalf("bodies differ:\n taken %s\n new   %s", taken.body, fresh.body)
				}
				for _, r := range []resp{taken, fresh} {
					if len(r.header.Values("Set-Cookie")) != 0 {
						t.Fatalf("sign-up set cookies: %v", r.header.Values("Set-Cookie"))
					}
				}
				if !smtp {
					return
				}
				// Two emails, in either order: a notice to the owner, a link to the newcomer.
				sink.wait(t)
				sink.wait(t)
				sink.mu.Lock()
				msgs := append([]string(nil), sink.msgs...)
				sink.mu.Unlock()
				var notice, welcome string
				for _, m := range msgs {
					if strings.Contains(m, "To: known-") {
						notice = m
					} else {
						welcome = m
					}
				}
				if !strings.Contains(notice, "already has one") || !strings.Contains(notice, "/auth/reset-password?token=") || verifyLinkRe.MatchString(notice) {
					t.Fatalf("notice to the owner: %s", notice)
				}
				if !strings.Contains(welcome, "To: fresh-") || !verifyLinkRe.MatchString(welcome) {
					t.Fatalf("verification email: %s", welcome)
				}
			})
		}
	})
}

// TestSignupTimingDoesNotEnumerate compares sign-ups with a taken and a new
// email with production argon2 parameters (fastest of several runs).
func TestSignupTimingDoesNotEnumerate(t *testing.T) {
	// Not parallel: it compares durations, which other tests' load would skew.
	if testing.Short() {
		t.Skip("slow: production argon2 parameters")
	}
	tdb := openTestDB(t, "sqlite")
	sink := newSMTPSink(t)
	e := newEnv(t, tdb, withSMTP(sink), withConfig(func(c *config.Config) { c.Auth.Argon2 = config.Argon2{MaxConcurrent: 2} }))
	if _, err := e.svc.CreateUser(t.Context(), "known@example.com", "correct horse battery", false); err != nil {
		t.Fatal(err)
	}
	n := 0
	try := func(email string) time.Duration {
		start := time.Now()
		if err := e.svc.Register(t.Context(), Meta{IP: nextIP()}, email, "correct horse battery", ""); err != nil {
			t.Fatal(err)
		}
		return time.Since(start)
	}
	var taken, fresh time.Duration
	for round := range 3 {
		taken, fresh = time.Hour, time.Hour
		for range 4 {
			n++
			taken = min(taken, try("known@example.com"))
			fresh = min(fresh, try("new"+strings.Repeat("x", n)+"@example.com"))
		}
		t.Logf("round %d: taken email %v, new email %v", round, taken, fresh)
		if ratio := float64(taken) / float64(fresh); ratio > 0.5 && ratio < 2 {
			return
		}
	}
	t.Fatalf("sign-up timing tells taken (%v) from new (%v) emails", taken, fresh)
}

// TestEmailVerification: with SMTP a new account starts unverified, may
// sign in and use the app, cannot accept invitations until it follows the
// emailed link; links are single-use and expire.
func TestEmailVerification(t *testing.T) {
	t.Parallel()
	forEachDB(t, func(t *testing.T, tdb testDB) {
		sink := newSMTPSink(t)
		e := newEnv(t, tdb, withSMTP(sink))
		owner, _ := e.user("owner@example.com")
		r := owner.do("POST", "/api/v1/workspaces", map[string]string{"name": "Team"})
		expect(t, r, 201)
		ws := r.m(t)["id"].(string)
		r = owner.do("POST", "/api/v1/workspaces/"+ws+"/invitations", map[string]string{"email": "new@example.com", "role": "member"})
		expect(t, r, 201)
		invite := resetLinkRe.FindStringSubmatch(sink.wait(t))[1]

		c := e.client()
		expect(t, register(c, "new@example.com", "correct horse battery"), 202)
		link := verifyLinkRe.FindStringSubmatch(sink.wait(t))[1]
		expect(t, c.do("POST", "/api/v1/auth/login", map[string]string{"email": "new@example.com", "password": "correct horse battery"}), 200)
		r = c.do("GET", "/api/v1/auth/me", nil)
		expect(t, r, 200)
		if r.m(t)["email_verified"] != false {
			t.Fatalf("new account verified before following the link: %s", r.body)
		}
		// Unverified: the app works, invitations addressed to the email do not.
		expect(t, c.do("POST", "/api/v1/test/analyses", map[string]string{}), 201)
		r = c.do("POST", "/api/v1/invitations/accept", map[string]string{"token": invite})
		expect(t, r, 403)
		if !strings.Contains(string(r.body), "confirm your email") {
			t.Fatalf("refusal does not say why: %s", r.body)
		}

		// A new link may be requested; the first one still works.
		expect(t, c.do("POST", "/api/v1/auth/verify-email/resend", nil), 202)
		second := verifyLinkRe.FindStringSubmatch(sink.wait(t))[1]
		if second == link {
			t.Fatal("resend reused the token")
		}
		anon := e.client()
		expect(t, anon.do("POST", "/api/v1/auth/verify-email", map[string]string{"token": "forged"}), 422)
		r = anon.do("POST", "/api/v1/auth/verify-email", map[string]string{"token": link})
		expect(t, r, 200)
		expect(t, anon.do("POST", "/api/v1/auth/verify-email", map[string]string{"token": link}), 422) // single use
		r = c.do("GET", "/api/v1/auth/me", nil)
		if r.m(t)["email_verified"] != true {
			t.Fatalf("not verified after the link: %s", r.body)
		}
		expect(t, c.do("POST", "/api/v1/invitations/accept", map[string]string{"token": invite}), 200)
		expect(t, c.do("POST", "/api/v1/auth/verify-email/resend", nil), 409)

		// Links expire.
		c2 := e.client()
		expect(t, register(c2, "late@example.com", "correct horse battery"), 202)
		late := verifyLinkRe.FindStringSubmatch(sink.wait(t))[1]
		e.clock.Advance(verificationTTL + time.Minute)
		expect(t, anon.do("POST", "/api/v1/auth/verify-email", map[string]string{"token": late}), 422)

		acts := strings.Join(e.audit.actions(), ",")
		if !strings.Contains(acts, "auth.email_verified") {
			t.Fatalf("verification not audited: %s", acts)
		}
	})
}

// TestVerifiedWithoutLink: accounts whose address is proven another way
// (no SMTP to prove it with, an admin's word, a password reset, an OAuth
// provider) are verified.
func TestVerifiedWithoutLink(t *testing.T) {
	t.Parallel()
	tdb := openTestDB(t, "sqlite")
	t.Run("smtp off", func(t *testing.T) {
		e := newEnv(t, tdb)
		c := e.client()
		expect(t, register(c, "nosmtp@example.com", "correct horse battery"), 202)
		r := c.do("POST", "/api/v1/auth/login", map[string]string{"email": "nosmtp@example.com", "password": "correct horse battery"})
		expect(t, r, 200)
		if r.m(t)["email_verified"] != true {
			t.Fatalf("without SMTP nothing can prove the address; the account starts verified: %s", r.body)
		}
		expect(t, c.do("POST", "/api/v1/auth/verify-email/resend", nil), 409)
	})
	t.Run("smtp on, reset and admin", func(t *testing.T) {
		sink := newSMTPSink(t)
		e := newEnv(t, tdb, withSMTP(sink))
		if _, err := e.svc.CreateUser(t.Context(), "root@example.com", "correct horse battery", true); err != nil {
			t.Fatal(err)
		}
		admin := e.client()
		expect(t, admin.do("POST", "/api/v1/auth/login", map[string]string{"email": "root@example.com", "password": "correct horse battery"}), 200)
		for _, email := range []string{"by-reset@example.com", "by-admin@example.com"} {
			expect(t, register(e.client(), email, "correct horse battery"), 202)
			sink.wait(t)
		}
		// A password reset link reached the address.
		expect(t, e.client().do("POST", "/api/v1/auth/password/forgot", map[string]string{"email": "by-reset@example.com"}), 202)
		tok := resetLinkRe.FindStringSubmatch(sink.wait(t))[1]
		expect(t, e.client().do("POST", "/api/v1/auth/password/reset", map[string]string{"token": tok, "password": "a brand new password"}), 204)
		u, err := e.svc.store.UserByEmail(t.Context(), "by-reset@example.com")
		if err != nil || u.EmailVerifiedAt == nil {
			t.Fatalf("reset did not verify: %v %v", u, err)
		}
		// An instance administrator vouches.
		u, err = e.svc.store.UserByEmail(t.Context(), "by-admin@example.com")
		if err != nil || u.EmailVerifiedAt != nil {
			t.Fatalf("precondition: %v %v", u, err)
		}
		expect(t, admin.do("POST", "/api/v1/admin/users/"+u.ID+"/verify-email", nil), 204)
		if u, _ = e.svc.store.UserByEmail(t.Context(), "by-admin@example.com"); u.EmailVerifiedAt == nil {
			t.Fatal("admin did not verify")
		}
	})
}
