package auth

import (
	"bufio"
	"bytes"
	"context"
	"net"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"vigil/platform/config"
)

// smtpSink is a minimal SMTP server (the wire protocol net/smtp speaks)
// that keeps received messages.
type smtpSink struct {
	ln   net.Listener
	mu   sync.Mutex
	msgs []string
	got  chan struct{}
}

func newSMTPSink(t *testing.T) *smtpSink { return newSMTPSinkAt(t, "127.0.0.1:0") }

// newSMTPSinkAt is newSMTPSink listening on addr (a mail server coming
// back on the address the instance is configured with).
func newSMTPSinkAt(t *testing.T, addr string) *smtpSink {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	s := &smtpSink{ln: ln, got: make(chan struct{}, 10)}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			go s.serve(conn)
		}
	}()
	return s
}

func (s *smtpSink) serve(conn net.Conn) {
	defer conn.Close()
	r := bufio.NewReader(conn)
	w := func(line string) { _, _ = conn.Write([]byte(line + "\r\n")) }
	w("220 sink ESMTP")
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		cmd := strings.ToUpper(strings.TrimSpace(line))
		switch {
		case strings.HasPrefix(cmd, "EHLO"), strings.HasPrefix(cmd, "HELO"):
			w("250 sink")
		case strings.HasPrefix(cmd, "DATA"):
			w("354 go ahead")
			var b bytes.Buffer
			for {
				l, err := r.ReadString('\n')
				if err != nil {
					return
				}
				if l == ".\r\n" {
					break
				}
				b.WriteString(l)
			}
			s.mu.Lock()
			s.msgs = append(s.msgs, b.String())
			s.mu.Unlock()
			s.got <- struct{}{}
			w("250 ok")
		case strings.HasPrefix(cmd, "QUIT"):
			w("221 bye")
			return
		default:
			w("250 ok")
		}
	}
}

func (s *smtpSink) port() int { return s.ln.Addr().(*net.TCPAddr).Port }

func (s *smtpSink) wait(t *testing.T) string {
	t.Helper()
	select {
	case <-s.got:
	case <-time.After(5 * time.Second):
		t.Fatal("no email sent")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.msgs[len(s.msgs)-1]
}

var resetLinkRe = regexp.MustCompile(`token=([A-Za-z0-9_-]+)`)

func TestForgotAndResetPassword(t *testing.T) {
	t.Parallel()
	forEachDB(t, func(t *testing.T, tdb testDB) {
		sink := newSMTPSink(t)
		e := newEnv(t, tdb, withConfig(func(c *config.Config) {
			c.SMTP = config.SMTP{Host: "127.0.0.1", Port: sink.port(), From: "vigil@example.com"}
		}))
		old, _ := e.user("ada@example.com")
		anon := e.client()
		expect(t, anon.do("POST", "/api/v1/auth/password/forgot", map[string]string{"email": "ADA@example.com"}), 202)
		msg := sink.wait(t)
		if !strings.Contains(msg, "To: ada@example.com") {
			t.Fatalf("mail: %s", msg)
		}
		tok := resetLinkRe.FindStringSubmatch(msg)[1]
		expect(t, anon.do("POST", "/api/v1/auth/password/reset", map[string]string{"token": tok, "password": "short"}), 422)
		expect(t, anon.do("POST", "/api/v1/auth/password/reset", map[string]string{"token": tok, "password": "brand new password"}), 204)
		// Single use.
		expect(t, anon.do("POST", "/api/v1/auth/password/reset", map[string]string{"token": tok, "password": "another new password"}), 422)
		// Sessions ended, new password works.
		expect(t, old.do("GET", "/api/v1/auth/me", nil), 401)
		expect(t, e.client().do("POST", "/api/v1/auth/login", map[string]string{"email": "ada@example.com", "password": "brand new password"}), 200)

		// Expired links fail.
		expect(t, anon.do("POST", "/api/v1/auth/password/forgot", map[string]string{"email": "ada@example.com"}), 202)
		tok = resetLinkRe.FindStringSubmatch(sink.wait(t))[1]
		e.clock.Advance(31 * time.Minute)
		expect(t, anon.do("POST", "/api/v1/auth/password/reset", map[string]string{"token": tok, "password": "brand new password 2"}), 422)
		// Unknown emails send nothing.
		e.clock.Advance(time.Minute)
		expect(t, anon.do("POST", "/api/v1/auth/password/forgot", map[string]string{"email": "ghost@example.com"}), 202)
		select {
		case <-sink.got:
			t.Fatal("email sent for an unknown account")
		case <-time.After(200 * time.Millisecond):
		}
	})
}

func TestInvitationEmail(t *testing.T) {
	t.Parallel()
	tdb := openTestDB(t, "sqlite")
	sink := newSMTPSink(t)
	e := newEnv(t, tdb, withConfig(func(c *config.Config) {
		c.SMTP = config.SMTP{Host: "127.0.0.1", Port: sink.port(), From: "vigil@example.com"}
	}))
	c, _ := e.user("ada@example.com")
	r := c.do("POST", "/api/v1/workspaces", map[string]string{"name": "Team"})
	ws := r.m(t)["id"].(string)
	r = c.do("POST", "/api/v1/workspaces/"+ws+"/invitations", map[string]string{"email": "bob@example.com", "role": "viewer"})
	expect(t, r, 201)
	if inv := r.m(t); inv["emailed"] != true || inv["link"] != nil {
		t.Fatalf("with SMTP the link goes by email only: %v", inv)
	}
	if msg := sink.wait(t); !strings.Contains(msg, "/invitations/accept?token=") {
		t.Fatalf("mail: %s", msg)
	}
}

func TestInstanceAdmin(t *testing.T) {
	t.Parallel()
	forEachDB(t, func(t *testing.T, tdb testDB) {
		e := newEnv(t, tdb)
		admin, adminID := e.user("root@example.com") // first user: instance admin
		user, userID := e.user("user@example.com")
		e.client().do("POST", "/api/v1/auth/login", map[string]string{"email": "user@example.com", "password": "nope nope nope"})

		expect(t, user.do("GET", "/api/v1/admin/users", nil), 403)
		expect(t, e.client().do("GET", "/api/v1/admin/users", nil), 401)
		r := admin.do("GET", "/api/v1/admin/users", nil)
		expect(t, r, 200)
		if !strings.Contains(string(r.body), "user@example.com") || strings.Contains(string(r.body), "password_hash") {
			t.Fatalf("users: %s", r.body)
		}
		r = admin.do("GET", "/api/v1/admin/sign-ins?user_id="+userID, nil)
		expect(t, r, 200)
		if !strings.Contains(string(r.body), `"success":false`) || !strings.Contains(string(r.body), `"success":true`) {
			t.Fatalf("sign-ins: %s", r.body)
		}
		// Reset link for instances without SMTP.
		r = admin.do("POST", "/api/v1/admin/users/"+userID+"/reset-link", nil)
		expect(t, r, 201)
		tok := resetLinkRe.FindStringSubmatch(r.m(t)["link"].(string))[1]
		expect(t, e.client().do("POST", "/api/v1/auth/password/reset", map[string]string{"token": tok, "password": "set by link 123"}), 204)

		// Disable: sessions end, sign-in refused, API keys stop working.
		u2 := e.client()
		e.clock.Advance(time.Minute)
		expect(t, u2.do("POST", "/api/v1/auth/login", map[string]string{"email": "user@example.com", "password": "set by link 123"}), 200)
		r = u2.do("POST", "/api/v1/api-keys", map[string]any{"name": "k", "scopes": []string{"read"}})
		expect(t, r, 201)
		cli := e.client()
		cli.bearer = r.m(t)["key"].(string)
		expect(t, admin.do("POST", "/api/v1/admin/users/"+adminID+"/disable", nil), 409)
		expect(t, admin.do("POST", "/api/v1/admin/users/"+userID+"/disable", nil), 204)
		expect(t, u2.do("GET", "/api/v1/auth/me", nil), 401)
		expect(t, cli.do("GET", "/api/v1/auth/me", nil), 401)
		r = e.client().do("POST", "/api/v1/auth/login", map[string]string{"email": "user@example.com", "password": "set by link 123"})
		expect(t, r, 403)
		expect(t, admin.do("POST", "/api/v1/admin/users/"+userID+"/enable", nil), 204)
		e.clock.Advance(time.Minute)
		expect(t, e.client().do("POST", "/api/v1/auth/login", map[string]string{"email": "user@example.com", "password": "set by link 123"}), 200)
		_ = user
	})
}

func TestAdminCreateUserCommand(t *testing.T) {
	t.Parallel()
	tdb := openTestDB(t, "sqlite")
	e := newEnv(t, tdb)
	run := func(stdin string, args ...string) (string, error) {
		cmd := NewAdminCreateUserCommand(func(context.Context) (*Service, func(), error) { return e.svc, func() {}, nil })
		var out bytes.Buffer
		cmd.SetArgs(args)
		cmd.SetIn(strings.NewReader(stdin))
		cmd.SetOut(&out)
		cmd.SetErr(&out)
		err := cmd.ExecuteContext(context.Background())
		return out.String(), err
	}
	out, err := run("first password\n", "--email", "ops@example.com", "--password-stdin")
	if err != nil || !strings.Contains(out, "instance admin ops@example.com") {
		t.Fatalf("first user: %v %s", err, out)
	}
	out, err = run("second password\n", "--email", "admin2@example.com", "--password-stdin", "--admin")
	if err != nil || !strings.Contains(out, "instance admin") {
		t.Fatalf("--admin: %v %s", err, out)
	}
	out, err = run("third password\n", "--email", "plain@example.com", "--password-stdin")
	if err != nil || !strings.Contains(out, "created user") {
		t.Fatalf("plain: %v %s", err, out)
	}
	if _, err := run("x\n", "--email", "short@example.com", "--password-stdin"); err == nil || !strings.Contains(err.Error(), "password must be") {
		t.Fatalf("short password: %v", err)
	}
	if _, err := run("long enough pw\n", "--email", "plain@example.com", "--password-stdin"); err == nil {
		t.Fatal("duplicate email accepted")
	}
	if _, err := run("", "--email", "x@example.com"); err == nil {
		t.Fatal("missing --password-stdin accepted")
	}
	c := e.client()
	expect(t, c.do("POST", "/api/v1/auth/login", map[string]string{"email": "admin2@example.com", "password": "second password"}), 200)
	_ = strconv.Itoa
}
