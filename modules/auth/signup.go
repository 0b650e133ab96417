package auth

import (
	"context"
	"errors"
	"time"

	"vigil/modules/auth/internal/store"
	"vigil/modules/auth/internal/token"
	"vigil/platform/errs"
	"vigil/platform/principal"
)

// verificationTTL is how long an email verification link works.
const verificationTTL = 48 * time.Hour

// resendPerUser bounds verification emails a signed-in user may request.
const resendPerUser = 3

// Sign-up answers, identical whether or not the email has an account; they
// differ only by whether this instance can send email (the same for everyone).
const (
	signupAcceptedMail   = "Sign-up received: sign in to continue. We emailed a link to confirm the address (or, if it already has an account, a notice with a password reset link)."
	signupAcceptedNoMail = "Sign-up received: sign in to continue. If the address already has an account, sign in with its password or ask an administrator for a reset link."
)

// signupStatus is the one answer Register's caller gets.
func (s *Service) signupStatus() string {
	if s.mailer != nil {
		return signupAcceptedMail
	}
	return signupAcceptedNoMail
}

// Register asks for an account. It answers the same (nil, and the handler
// the same 202 body) whether the email is new or taken, after the same
// work (one password hash, one attempted insert, one token insert when
// mail is on), and sends its emails after returning:
//
//   - a new email gets an account with a personal workspace (the first
//     account of the instance becomes its administrator). With SMTP it
//     starts unverified and a verification link is emailed; without SMTP
//     there is no way to prove ownership, so it starts verified.
//   - a taken email gets no account; with SMTP its owner is told that
//     someone tried to sign up and gets a password reset link.
//
// Register never signs in: the caller signs in with the same credentials,
// which works only for the account just created (or with the real
// password of an existing one).
func (s *Service) Register(ctx context.Context, m Meta, email, pw, name string) error {
	email = normalizeEmail(email)
	if err := validateEmail(email); err != nil {
		return err
	}
	if err := validatePassword("password", pw); err != nil {
		return err
	}
	if len(name) > 200 {
		return errs.Invalid("invalid input", errs.FieldError{Field: "name", Message: "must be at most 200 characters"})
	}
	if err := s.limit(ctx, "auth:signup:ip:"+m.IP, signupPerIP, time.Minute); err != nil {
		return err
	}
	n, err := s.store.CountUsers(ctx)
	if err != nil {
		return err
	}
	if n > 0 && !s.cfg.Auth.AllowSignup {
		return errs.New(errs.KindForbidden, "sign-up is disabled on this instance; ask an administrator for an account")
	}
	// Hash before looking at the email so a taken email costs the same time.
	hash, err := s.hasher.Hash(ctx, pw)
	if err != nil {
		return err
	}
	// The account, its confirmation link and the email carrying it are
	// written together: no account waits for an email that was never queued.
	var u *store.User
	err = s.store.WithTx(ctx, func(ctx context.Context) error {
		var err error
		if u, err = s.createUser(ctx, email, name, &hash, false, s.mailer == nil); err != nil || s.mailer == nil {
			return err
		}
		link, err := s.newVerificationLink(ctx, u)
		if err != nil {
			return err
		}
		return s.sendLater(ctx, u.Email, "Confirm your email for Vigil", "Welcome to Vigil.\n\nConfirm that this address is yours (the link works once, for 48 hours):\n"+
			link+"\n\nIf you did not sign up, ignore this email; the account stays unconfirmed.\n")
	})
	if errs.KindOf(err) == errs.KindConflict {
		return s.signupTaken(ctx, m, email)
	}
	if err != nil {
		return err
	}
	s.record(ctx, m, auditEvent{Action: "auth.signup", ActorID: u.ID, TargetType: "user", TargetID: u.ID,
		Details: map[string]any{"email_verified": u.EmailVerifiedAt != nil}})
	return nil
}

// signupTaken handles a sign-up with an email that already has an account.
func (s *Service) signupTaken(ctx context.Context, m Meta, email string) error {
	s.record(ctx, m, auditEvent{Action: "auth.signup.duplicate", Details: map[string]any{"email_hash": emailKey(email)}})
	if s.mailer == nil {
		return nil
	}
	u, err := s.store.UserByEmail(ctx, email)
	if err != nil {
		return err
	}
	if u.DisabledAt != nil {
		return nil
	}
	return s.store.WithTx(ctx, func(ctx context.Context) error {
		link, err := s.newResetLink(ctx, u.ID)
		if err != nil {
			return err
		}
		return s.sendLater(ctx, u.Email, "Someone tried to sign up to Vigil with your email",
			"Someone (perhaps you) tried to create a Vigil account with this email address, which already has one. "+
				"No new account was created.\n\nIf it was you, sign in: "+s.baseURL+"/signin\n\n"+
				"Forgot your password? Set a new one (the link works once, for 30 minutes):\n"+link+
				"\n\nIf it was not you, ignore this email; nothing changed.\n")
	})
}

func (s *Service) newVerificationLink(ctx context.Context, u *store.User) (string, error) {
	secret := token.RandomString(32)
	now := s.now()
	if err := s.store.CreateEmailVerification(ctx, &store.EmailVerification{ID: store.NewID(), UserID: u.ID, Email: u.Email,
		TokenHash: token.Hash(secret), CreatedAt: now, ExpiresAt: now.Add(verificationTTL)}); err != nil {
		return "", err
	}
	return s.baseURL + "/auth/verify-email?token=" + secret, nil
}

var errBadVerification = errs.New(errs.KindInvalid, "this confirmation link is invalid, used or expired; sign in and send a new one")

// VerifyEmail proves ownership of an address with a single-use link. It
// needs no session: the link may be opened in another browser.
func (s *Service) VerifyEmail(ctx context.Context, m Meta, secret string) error {
	if secret == "" {
		return errBadVerification
	}
	v, err := s.store.EmailVerificationByHash(ctx, token.Hash(secret))
	if errors.Is(err, errs.ErrNotFound) {
		return errBadVerification
	}
	if err != nil {
		return err
	}
	now := s.now()
	if v.UsedAt != nil || !now.Before(v.ExpiresAt) {
		return errBadVerification
	}
	err = s.store.WithTx(ctx, func(ctx context.Context) error {
		ok, err := s.store.UseEmailVerification(ctx, v.ID, now)
		if err != nil {
			return err
		}
		if !ok {
			return errBadVerification
		}
		// False when the account's email changed since, or it was verified
		// another way meanwhile; the link is spent either way.
		_, err = s.store.MarkEmailVerified(ctx, v.UserID, v.Email, now)
		return err
	})
	if err != nil {
		return err
	}
	s.record(ctx, m, auditEvent{Action: "auth.email_verified", ActorID: v.UserID, TargetType: "user", TargetID: v.UserID})
	return nil
}

// ResendVerification emails the signed-in caller a new verification link.
func (s *Service) ResendVerification(ctx context.Context, m Meta, p *principal.Principal) error {
	if err := cookieOnly(p); err != nil {
		return err
	}
	u, err := s.store.UserByID(ctx, p.UserID)
	if err != nil {
		return err
	}
	if u.EmailVerifiedAt != nil {
		return errs.New(errs.KindConflict, "your email address is already confirmed")
	}
	if s.mailer == nil {
		return errs.New(errs.KindConflict, "this instance cannot send email; ask an administrator to confirm your address")
	}
	if err := s.limit(ctx, "auth:verify-resend:user:"+u.ID, resendPerUser, time.Minute); err != nil {
		return err
	}
	if err := s.store.WithTx(ctx, func(ctx context.Context) error {
		link, err := s.newVerificationLink(ctx, u)
		if err != nil {
			return err
		}
		return s.sendLater(ctx, u.Email, "Confirm your email for Vigil", "Confirm that this address is yours (the link works once, for 48 hours):\n"+link+"\n")
	}); err != nil {
		return err
	}
	s.record(ctx, m, auditEvent{Action: "auth.email_verification.requested", ActorID: u.ID, TargetType: "user", TargetID: u.ID})
	return nil
}

// requireVerified refuses actions where the email address is the
// authority (accepting an invitation sent to it) until it is confirmed.
func requireVerified(u *store.User) error {
	if u.EmailVerifiedAt == nil {
		return errs.New(errs.KindForbidden, "confirm your email address first: use the link we emailed you, or send a new one from the banner")
	}
	return nil
}
