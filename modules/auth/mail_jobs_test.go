package auth

import (
	"context"
	"errors"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"vigil/platform/config"
)

// countJobs counts the queued email jobs in state (any state when empty).
func countJobs(t *testing.T, e *env, state string) int {
	t.Helper()
	q := e.db.db.Gorm().Table("river_job").Where("kind = ?", emailArgs{}.Kind())
	if state != "" {
		q = q.Where("state = ?", state)
	}
	var n int64
	if err := q.Count(&n).Error; err != nil {
		t.Fatal(err)
	}
	return int(n)
}

// maxAttempt is the highest attempt count of the queued email jobs.
func maxAttempt(t *testing.T, e *env) int {
	t.Helper()
	var n int
	if err := e.db.db.Gorm().Table("river_job").Where("kind = ?", emailArgs{}.Kind()).Select("COALESCE(MAX(attempt), 0)").Scan(&n).Error; err != nil {
		t.Fatal(err)
	}
	return n
}

// waitFor polls cond until it holds or 10s pass.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// freeAddr returns a loopback address nothing listens on (yet).
func freeAddr(t *testing.T) (string, int) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr, ln.Addr().(*net.TCPAddr).Port
}

// TestEmailSurvivesSMTPOutage: a reset email asked for while the mail
// server is down is retried on schedule and delivered, once, when it is
// back; the request itself does not wait for it.
func TestEmailSurvivesSMTPOutage(t *testing.T) {
	// Not parallel: freeAddr's port must stay free until the test takes it.
	forEachDB(t, func(t *testing.T, tdb testDB) {
		addr, port := freeAddr(t)
		e := newEnv(t, tdb, withConfig(func(c *config.Config) {
			c.SMTP = config.SMTP{Host: "127.0.0.1", Port: port, From: "vigil@example.com"}
		}), func(e *env) { e.mailBackoff = func(int) time.Duration { return 200 * time.Millisecond } })
		e.user("ada@example.com")
		expect(t, e.client().do("POST", "/api/v1/auth/password/forgot", map[string]string{"email": "ada@example.com"}), 202)

		// The mail server is down: the job fails and is retried.
		waitFor(t, "a retry", func() bool { return maxAttempt(t, e) >= 2 })
		if n := countJobs(t, e, "completed"); n != 0 {
			t.Fatalf("completed jobs while SMTP is down: %d", n)
		}

		sink := newSMTPSinkAt(t, addr)
		msg := sink.wait(t)
		if !strings.Contains(msg, "To: ada@example.com") || !resetLinkRe.MatchString(msg) {
			t.Fatalf("mail: %s", msg)
		}
		waitFor(t, "the job to complete", func() bool { return countJobs(t, e, "completed") == 1 })
		// Delivered once: no later attempt sends it again.
		select {
		case <-sink.got:
			t.Fatal("email delivered twice")
		case <-time.After(500 * time.Millisecond):
		}
		// The queued link works.
		tok := resetLinkRe.FindStringSubmatch(msg)[1]
		expect(t, e.client().do("POST", "/api/v1/auth/password/reset", map[string]string{"token": tok, "password": "brand new password"}), 204)
	})
}

// TestEmailJoinsTransaction: an email queued in a transaction is sent
// exactly when the transaction commits; a rollback sends none.
func TestEmailJoinsTransaction(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		fail error
		want int
	}{
		{"commit", nil, 1},
		{"rollback", errors.New("the business change failed"), 0},
	}
	forEachDB(t, func(t *testing.T, tdb testDB) {
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				sink := newSMTPSink(t)
				e := newEnv(t, tdb, withConfig(func(c *config.Config) {
					c.SMTP = config.SMTP{Host: "127.0.0.1", Port: sink.port(), From: "vigil@example.com"}
				}))
				err := tdb.db.WithTx(context.Background(), func(ctx context.Context) error {
					if err := e.svc.sendLater(ctx, "ada@example.com", "Hello "+tc.name, "body"); err != nil {
						return err
					}
					return tc.fail
				})
				if !errors.Is(err, tc.fail) {
					t.Fatalf("WithTx = %v, want %v", err, tc.fail)
				}
				if n := countJobs(t, e, ""); n != tc.want {
					t.Fatalf("queued jobs = %d, want %d", n, tc.want)
				}
				if tc.want == 1 {
					if msg := sink.wait(t); !strings.Contains(msg, "Subject: Hello "+tc.name) {
						t.Fatalf("mail: %s", msg)
					}
				}
				select {
				case <-sink.got:
					t.Fatalf("more than %d email(s) sent", tc.want)
				case <-time.After(500 * time.Millisecond):
				}
			})
		}
	})
}

// TestQueuedEmailBodyIsSealed: the job row never holds the link in clear
// (it is a credential until used or expired).
func TestQueuedEmailBodyIsSealed(t *testing.T) {
	// Not parallel: freeAddr's port must stay free until the test takes it.
	tdb := openTestDB(t, "sqlite")
	_, port := freeAddr(t)
	e := newEnv(t, tdb, withConfig(func(c *config.Config) {
		c.SMTP = config.SMTP{Host: "127.0.0.1", Port: port, From: "vigil@example.com"}
	}), func(e *env) { e.mailBackoff = func(int) time.Duration { return time.Hour } })
	e.user("ada@example.com")
	expect(t, e.client().do("POST", "/api/v1/auth/password/forgot", map[string]string{"email": "ada@example.com"}), 202)
	waitFor(t, "the job", func() bool { return countJobs(t, e, "") == 1 })
	var args string
	if err := e.db.db.Gorm().Table("river_job").Where("kind = ?", emailArgs{}.Kind()).Select("CAST(args AS TEXT)").Scan(&args).Error; err != nil {
		t.Fatal(err)
	}
	if strings.Contains(args, "token=") || strings.Contains(args, "reset") || !strings.Contains(args, "ada@example.com") {
		t.Fatalf("job args: %s", args)
	}
}

func TestEmailBackoff(t *testing.T) {
	t.Parallel()
	cases := []struct {
		attempt int
		want    time.Duration
	}{
		{1, 15 * time.Second}, {2, 30 * time.Second}, {3, time.Minute}, {9, 64 * time.Minute}, {11, 4 * time.Hour}, {40, 4 * time.Hour},
	}
	for _, tc := range cases {
		t.Run(strconv.Itoa(tc.attempt), func(t *testing.T) {
			if got := emailBackoff(tc.attempt); got != tc.want {
				t.Fatalf("emailBackoff(%d) = %s, want %s", tc.attempt, got, tc.want)
			}
		})
	}
}
