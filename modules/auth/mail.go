package auth

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/smtp"
	"strconv"
	"strings"
	"time"

	"vigil/platform/config"
	"vigil/platform/jobs"
)

// smtpMailer sends mail with net/smtp (STARTTLS when the server offers it,
// which net/smtp does on its own).
type smtpMailer struct{ cfg config.SMTP }

// Send implements Mailer.
func (m *smtpMailer) Send(_ context.Context, to, subject, body string) error {
	port := m.cfg.Port
	if port == 0 {
		port = 587
	}
	addr := net.JoinHostPort(m.cfg.Host, strconv.Itoa(port))
	var a smtp.Auth
	if m.cfg.Username != "" {
		a = smtp.PlainAuth("", m.cfg.Username, m.cfg.Password, m.cfg.Host)
	}
	for _, v := range []string{to, subject, m.cfg.From} {
		if strings.ContainsAny(v, "\r\n") {
			return fmt.Errorf("auth: mail: header contains a line break")
		}
	}
	msg := "From: " + m.cfg.From + "\r\nTo: " + to + "\r\nSubject: " + subject +
		"\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body
	if err := smtp.SendMail(addr, a, m.cfg.From, []string{to}, []byte(msg)); err != nil {
		return fmt.Errorf("auth: mail: %w", err)
	}
	return nil
}

// Mailer returns the instance's mail sender (SMTP from the configuration,
// or the one Deps gave), or nil when this instance sends no email. Other
// modules (notifications) send through it so there is one SMTP setup.
func (s *Service) Mailer() Mailer { return s.mailer }

// Enqueuer stores a durable job (*jobs.Runner satisfies it). Inside a
// transaction of the module's database it writes the job in that
// transaction.
type Enqueuer interface {
	Enqueue(ctx context.Context, args jobs.Args, opts ...jobs.Option) error
}

// emailArgs is the durable job that sends one email. The body carries
// single-use links, so it is stored sealed (AES-GCM under the instance
// secret, bound to the job kind), never in clear in the job table.
type emailArgs struct {
	To         string `json:"to"`
	Subject    string `json:"subject"`
	SealedBody string `json:"sealed_body"`
}

// Kind implements jobs.Args (stable: stored rows refer to it).
func (emailArgs) Kind() string { return "auth.send_email" }

// sealContext binds sealed email bodies to this job kind.
const sealContext = "auth.send_email"

// emailAttempts bounds how often one email is tried: with emailBackoff
// that spans about a day, longer than any SMTP outage worth waiting for
// and than the links' validity.
const emailAttempts = 12

// emailBackoff is the wait after the attempt-th failed send: 15s, 30s,
// 1m, ... doubling up to 4h.
func emailBackoff(attempt int) time.Duration {
	d := 15 * time.Second
	for i := 1; i < attempt && d < 4*time.Hour; i++ {
		d *= 2
	}
	return min(d, 4*time.Hour)
}

// Jobs registers the email worker on r. Every process that runs workers
// must call it (before r.Start); the worker needs SMTP configured there.
func (s *Service) Jobs(r *jobs.Runner) error {
	backoff := s.mailBackoff
	if backoff == nil {
		backoff = emailBackoff
	}
	return jobs.Register(r, func(ctx context.Context, j jobs.Job[emailArgs]) error {
		return s.deliver(ctx, j.Args)
	}, jobs.Timeout(time.Minute), jobs.Backoff(backoff))
}

// deliver sends one queued email. SMTP failures are expected (the retries
// exist for them): Sentry hears only of the last attempt's.
func (s *Service) deliver(ctx context.Context, a emailArgs) error {
	if s.mailer == nil {
		return jobs.Expected(errors.New("auth: an email is queued but this worker has no SMTP configured"))
	}
	body, err := s.flowSeal.Open(a.SealedBody, sealContext)
	if err != nil {
		return fmt.Errorf("auth: open queued email: %w", err)
	}
	if err := s.mailer.Send(ctx, a.To, a.Subject, string(body)); err != nil {
		s.log.WarnContext(ctx, "auth: email failed; will retry", "subject", a.Subject, "err", err)
		return jobs.Expected(err)
	}
	return nil
}

// sendLater queues an email as a durable job. Inside a transaction (ctx
// from store.WithTx) the job is written with the rows it refers to, so a
// rollback sends nothing and a commit loses nothing, whatever happens to
// this process or the mail server afterwards. The caller does not wait for
// (or reveal by its timing) the mail server.
func (s *Service) sendLater(ctx context.Context, to, subject, body string) error {
	if s.jobs == nil {
		return errors.New("auth: no job queue to send email through")
	}
	sealed, err := s.flowSeal.Seal([]byte(body), sealContext)
	if err != nil {
		return err
	}
	return s.jobs.Enqueue(ctx, emailArgs{To: to, Subject: subject, SealedBody: sealed}, jobs.MaxAttempts(emailAttempts))
}
