package auth

import (
	"context"
	"fmt"
	"net"
	"net/smtp"
	"strconv"
	"strings"

	"vigil/platform/config"
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
