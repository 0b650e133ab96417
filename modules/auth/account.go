package auth

import (
	"context"
	"errors"
	"strings"
	"time"

	"vigil/modules/auth/internal/password"
	"vigil/modules/auth/internal/store"
	"vigil/modules/auth/internal/token"
	"vigil/platform/errs"
	"vigil/platform/principal"
)

const resetTTL = 30 * time.Minute

func cookieOnly(p *principal.Principal) error {
	if p.APIKeyID != "" {
		return errs.New(errs.KindForbidden, "this action needs a signed-in browser session, not an API key")
	}
	return nil
}

// User loads the caller's account.
func (s *Service) User(ctx context.Context, id string) (*store.User, error) {
	return s.store.UserByID(ctx, id)
}

// UpdateProfile changes the caller's display name.
func (s *Service) UpdateProfile(ctx context.Context, p *principal.Principal, name string) (*store.User, error) {
	if err := cookieOnly(p); err != nil {
		return nil, err
	}
	name = strings.TrimSpace(name)
	if len(name) > 200 {
		return nil, errs.Invalid("invalid input", errs.FieldError{Field: "name", Message: "must be at most 200 characters"})
	}
	if err := s.store.UpdateUser(ctx, p.UserID, map[string]any{"name": name}); err != nil {
		return nil, err
	}
	s.invalidate(ctx)
	return s.store.UserByID(ctx, p.UserID)
}

// Sessions lists the caller's active sessions.
func (s *Service) Sessions(ctx context.Context, p *principal.Principal) ([]store.Session, error) {
	if err := cookieOnly(p); err != nil {
		return nil, err
	}
	all, err := s.store.Sessions(ctx, p.UserID)
	if err != nil {
		return nil, err
	}
	now := s.now()
	out := all[:0]
	for _, x := range all {
		if now.Before(x.ExpiresAt) {
			out = append(out, x)
		}
	}
	return out, nil
}

// RevokeSession ends one of the caller's sessions.
func (s *Service) RevokeSession(ctx context.Context, m Meta, p *principal.Principal, id string) error {
	if err := cookieOnly(p); err != nil {
		return err
	}
	if err := s.store.RevokeSession(ctx, p.UserID, id); err != nil {
		return err
	}
	s.record(ctx, m, auditEvent{Action: "auth.session_revoked", ActorID: p.UserID, TargetType: "session", TargetID: id})
	return nil
}

// SignOutEverywhere ends every session of the caller, this one included.
func (s *Service) SignOutEverywhere(ctx context.Context, m Meta, p *principal.Principal) error {
	if err := cookieOnly(p); err != nil {
		return err
	}
	if err := s.store.RevokeAllSessions(ctx, p.UserID, ""); err != nil {
		return err
	}
	s.record(ctx, m, auditEvent{Action: "auth.signout_everywhere", ActorID: p.UserID, TargetType: "user", TargetID: p.UserID})
	return nil
}

// ChangePassword re-checks the current password (re-authentication), sets
// the new one, spends every outstanding reset link and ends every session
// of the account. The session that made the change goes on as a new one
// (returned, for the caller's cookies): whoever holds its old cookies is
// signed out with the rest.
func (s *Service) ChangePassword(ctx context.Context, m Meta, p *principal.Principal, current, next string) (*session, error) {
	if err := cookieOnly(p); err != nil {
		return nil, err
	}
	if err := validatePassword("new_password", next); err != nil {
		return nil, err
	}
	if err := s.limit(ctx, "auth:reauth:user:"+p.UserID, signinPerAccount, time.Minute); err != nil {
		return nil, err
	}
	u, err := s.store.UserByID(ctx, p.UserID)
	if err != nil {
		return nil, err
	}
	hash := ""
	if u.PasswordHash != nil {
		hash = *u.PasswordHash
	}
	// Accounts created through OAuth have no password yet and may set one.
	if hash != "" {
		if err := s.hasher.Verify(ctx, hash, current); err != nil {
			if errors.Is(err, password.ErrMismatch) {
				s.record(ctx, m, auditEvent{Action: "auth.password_change.failure", ActorID: u.ID, TargetType: "user", TargetID: u.ID})
				return nil, errs.Invalid("invalid input", errs.FieldError{Field: "current_password", Message: "is not correct"})
			}
			return nil, err
		}
	}
	nh, err := s.hasher.Hash(ctx, next)
	if err != nil {
		return nil, err
	}
	var rotated *session
	err = s.store.WithTx(ctx, func(ctx context.Context) error {
		if err := s.store.UpdateUser(ctx, u.ID, map[string]any{"password_hash": nh, "password_changed_at": s.now()}); err != nil {
			return err
		}
		if err := s.endCredentials(ctx, u.ID); err != nil {
			return err
		}
		rotated, err = s.newSession(ctx, m, u)
		return err
	})
	if err != nil {
		return nil, err
	}
	s.record(ctx, m, auditEvent{Action: "auth.password_changed", ActorID: u.ID, TargetType: "user", TargetID: u.ID,
		Details: map[string]any{"session_rotated": rotated.SessionID}})
	return rotated, nil
}

// endCredentials ends what a password change takes away: every reset
// link not yet used and every session of userID.
func (s *Service) endCredentials(ctx context.Context, userID string) error {
	if err := s.store.RevokePasswordResets(ctx, userID, s.now()); err != nil {
		return err
	}
	return s.store.RevokeAllSessions(ctx, userID, "")
}

// ForgotPassword emails a reset link when the account exists and SMTP is
// configured. It returns the same (nothing) either way, and leaves the slow
// part (sending) to a queued job so timing reveals nothing either.
func (s *Service) ForgotPassword(ctx context.Context, m Meta, email string) error {
	email = normalizeEmail(email)
	if err := validateEmail(email); err != nil {
		return err
	}
	if err := s.limit(ctx, "auth:reset:ip:"+m.IP, signupPerIP, time.Minute); err != nil {
		return err
	}
	u, err := s.store.UserByEmail(ctx, email)
	if errors.Is(err, errs.ErrNotFound) {
		s.record(ctx, m, auditEvent{Action: "auth.password_reset.requested", Details: map[string]any{"known": false}})
		return nil
	}
	if err != nil {
		return err
	}
	if u.DisabledAt != nil || s.mailer == nil {
		s.record(ctx, m, auditEvent{Action: "auth.password_reset.requested", ActorID: u.ID, Details: map[string]any{"emailed": false}})
		return nil
	}
	if err := s.store.WithTx(ctx, func(ctx context.Context) error {
		link, err := s.newResetLink(ctx, u.ID)
		if err != nil {
			return err
		}
		return s.sendLater(ctx, u.Email, "Reset your Vigil password", "Someone asked to reset the password of your Vigil account.\n\nSet a new password (the link works once, for 30 minutes):\n"+
			link+"\n\nIf this was not you, ignore this email.\n")
	}); err != nil {
		return err
	}
	s.record(ctx, m, auditEvent{Action: "auth.password_reset.requested", ActorID: u.ID, Details: map[string]any{"emailed": true}})
	return nil
}

func (s *Service) newResetLink(ctx context.Context, userID string) (string, error) {
	secret := token.RandomString(32)
	now := s.now()
	if err := s.store.CreatePasswordReset(ctx, &store.PasswordReset{ID: store.NewID(), UserID: userID,
		TokenHash: token.Hash(secret), CreatedAt: now, ExpiresAt: now.Add(resetTTL)}); err != nil {
		return "", err
	}
	return s.baseURL + "/auth/reset-password?token=" + secret, nil
}

// ResetPassword sets a new password with a single-use reset token, spends
// every other outstanding link and ends every session of the account (and
// lifts a lockout).
func (s *Service) ResetPassword(ctx context.Context, m Meta, secret, next string) error {
	if err := validatePassword("password", next); err != nil {
		return err
	}
	bad := errs.New(errs.KindInvalid, "this reset link is invalid, used or expired; request a new one")
	pr, err := s.store.PasswordResetByHash(ctx, token.Hash(secret))
	if errors.Is(err, errs.ErrNotFound) {
		return bad
	}
	if err != nil {
		return err
	}
	if pr.UsedAt != nil || !s.now().Before(pr.ExpiresAt) {
		return bad
	}
	nh, err := s.hasher.Hash(ctx, next)
	if err != nil {
		return err
	}
	err = s.store.WithTx(ctx, func(ctx context.Context) error {
		ok, err := s.store.UsePasswordReset(ctx, pr.ID)
		if err != nil {
			return err
		}
		if !ok {
			return bad
		}
		if err := s.store.UpdateUser(ctx, pr.UserID, map[string]any{"password_hash": nh, "password_changed_at": s.now()}); err != nil {
			return err
		}
		u, err := s.store.UserByID(ctx, pr.UserID)
		if err != nil {
			return err
		}
		if err := s.store.ClearSignInLock(ctx, emailKey(u.Email)); err != nil {
			return err
		}
		// The link reached the address: that proves ownership too.
		if _, err := s.store.MarkEmailVerified(ctx, u.ID, u.Email, s.now()); err != nil {
			return err
		}
		return s.endCredentials(ctx, pr.UserID)
	})
	if err != nil {
		return err
	}
	s.record(ctx, m, auditEvent{Action: "auth.password_reset", ActorID: pr.UserID, TargetType: "user", TargetID: pr.UserID})
	return nil
}
