package auth

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/mail"
	"time"
	"unicode/utf8"

	"vigil/modules/auth/internal/password"
	"vigil/modules/auth/internal/store"
	"vigil/modules/auth/internal/token"
	"vigil/platform/errs"
	"vigil/platform/ratelimit"
)

// Password length bounds: long enough to matter, short enough that hashing
// a huge body is no DoS lever.
const (
	minPasswordLen = 8
	maxPasswordLen = 256
)

// Rate limits shared by all replicas.
const (
	signinPerAccount = 5
	signinPerIP      = 20
	signupPerIP      = 3
)

// session is what a successful sign-in hands to the HTTP layer to set as cookies.
type session struct {
	User      *store.User
	SessionID string
	Access    string
	AccessExp time.Time
	Refresh   string
	CSRF      string
}

var errBadCredentials = errs.New(errs.KindUnauthorized, "invalid email or password")

func validateEmail(email string) error {
	if email == "" {
		return errs.Invalid("invalid input", errs.FieldError{Field: "email", Message: "is required"})
	}
	a, err := mail.ParseAddress(email)
	if err != nil || a.Address != email || len(email) > 254 {
		return errs.Invalid("invalid input", errs.FieldError{Field: "email", Message: "must be a valid email address"})
	}
	return nil
}

func validatePassword(field, pw string) error {
	n := utf8.RuneCountInString(pw)
	if n < minPasswordLen || len(pw) > maxPasswordLen {
		return errs.Invalid("invalid input", errs.FieldError{Field: field,
			Message: fmt.Sprintf("must be %d to %d characters", minPasswordLen, maxPasswordLen)})
	}
	return nil
}

func (s *Service) limit(ctx context.Context, key string, n int, per time.Duration) error {
	res, err := s.limiter.Allow(ctx, key, ratelimit.Rate{Events: n, Per: per}, n)
	if err != nil {
		return fmt.Errorf("auth: rate limit: %w", err)
	}
	if !res.Allowed {
		wait := max(res.RetryAfter, time.Second)
		e := errs.New(errs.KindRateLimited, "too many attempts; try again in %d seconds", int(wait.Seconds()+0.999))
		e.RetryAfter = wait
		return e
	}
	return nil
}

func emailKey(email string) string {
	sum := sha256.Sum256([]byte(email))
	return hex.EncodeToString(sum[:16])
}

// createUser inserts a user and their personal workspace in one
// transaction; the first user of the instance becomes an instance admin.
// verified records that the email's ownership is already established.
func (s *Service) createUser(ctx context.Context, email, name string, hash *string, admin, verified bool) (*store.User, error) {
	now := s.now()
	u := &store.User{ID: store.NewID(), Email: email, Name: name, PasswordHash: hash, CreatedAt: now, UpdatedAt: now}
	if verified {
		u.EmailVerifiedAt = &now
	}
	if hash != nil {
		u.PasswordChangedAt = &now
	}
	err := s.store.WithTx(ctx, func(ctx context.Context) error {
		if err := s.store.LockUserCreation(ctx); err != nil {
			return err
		}
		n, err := s.store.CountUsers(ctx)
		if err != nil {
			return err
		}
		u.InstanceAdmin = admin || n == 0
		if err := s.store.CreateUser(ctx, u); err != nil {
			return err
		}
		wsName := "Personal"
		if name != "" {
			wsName = name + "'s workspace"
		}
		w := &store.Workspace{ID: store.NewID(), Name: wsName, Personal: true, CreatedBy: u.ID, CreatedAt: now, UpdatedAt: now}
		if err := s.store.CreateWorkspace(ctx, w, u.ID); err != nil {
			return err
		}
		u.PersonalWorkspaceID = &w.ID
		return s.store.UpdateUser(ctx, u.ID, map[string]any{"personal_workspace_id": w.ID})
	})
	if err != nil {
		return nil, err
	}
	return u, nil
}

// Login checks email and password and starts a session. Unknown emails,
// OAuth-only accounts and wrong passwords get the same answer in the same
// time; repeated failures lock the account for a growing interval.
func (s *Service) Login(ctx context.Context, m Meta, email, pw string) (*session, error) {
	email = normalizeEmail(email)
	if email == "" || pw == "" {
		return nil, errs.Invalid("invalid input",
			errs.FieldError{Field: "email", Message: "is required"}, errs.FieldError{Field: "password", Message: "is required"})
	}
	if len(pw) > maxPasswordLen {
		return nil, errBadCredentials
	}
	if err := s.limit(ctx, "auth:signin:ip:"+m.IP, signinPerIP, time.Minute); err != nil {
		return nil, err
	}
	if err := s.limit(ctx, "auth:signin:acct:"+emailKey(email), signinPerAccount, time.Minute); err != nil {
		return nil, err
	}
	key := emailKey(email)
	u, err := s.store.UserByEmail(ctx, email)
	if errors.Is(err, errs.ErrNotFound) {
		u, err = nil, nil
	}
	if err != nil {
		return nil, err
	}
	// Locks are per email, for unknown emails too: a locked answer does not
	// tell whether an account exists.
	now := s.now()
	lock, err := s.store.SignInLock(ctx, key)
	if err != nil {
		return nil, err
	}
	if lock.LockedUntil != nil && lock.LockedUntil.After(now) {
		s.signinFailed(ctx, m, u, "password", "locked")
		return nil, lockedError(lock.LockedUntil.Sub(now))
	}
	hash := ""
	if u != nil && u.PasswordHash != nil {
		hash = *u.PasswordHash
	}
	if err := s.hasher.Verify(ctx, hash, pw); err != nil {
		if !errors.Is(err, password.ErrMismatch) && hash != "" {
			return nil, fmt.Errorf("auth: verify password: %w", err)
		}
		reason := "wrong password"
		if u == nil {
			reason = "unknown email"
		}
		s.signinFailed(ctx, m, u, "password", reason)
		return nil, s.countFailure(ctx, m, key, u)
	}
	if u.DisabledAt != nil {
		s.signinFailed(ctx, m, u, "password", "disabled")
		return nil, errs.New(errs.KindForbidden, "this account is disabled; contact your administrator")
	}
	if err := s.store.ClearSignInLock(ctx, key); err != nil {
		return nil, err
	}
	if s.hasher.NeedsRehash(hash) {
		if nh, err := s.hasher.Hash(ctx, pw); err == nil {
			if err := s.store.UpdateUser(ctx, u.ID, map[string]any{"password_hash": nh}); err != nil {
				return nil, err
			}
		}
	}
	return s.startSession(ctx, m, u, "password")
}

func lockedError(wait time.Duration) error {
	mins := int(wait.Minutes() + 0.999)
	unit := "minutes"
	if mins == 1 {
		unit = "minute"
	}
	e := errs.New(errs.KindLocked, "this account is temporarily locked after repeated failed sign-ins; try again in %d %s or reset your password", mins, unit)
	e.RetryAfter = wait
	return e
}

// countFailure counts a failed sign-in for the email and locks it when
// the count reaches the threshold; each lockout doubles the next one.
func (s *Service) countFailure(ctx context.Context, m Meta, key string, u *store.User) error {
	now := s.now()
	lock, err := s.store.RecordFailure(ctx, key, now)
	if err != nil {
		return err
	}
	if lock.Failures < lockThreshold {
		return errBadCredentials
	}
	wait := lockBase << lock.LockLevel
	if wait > lockMax || wait <= 0 {
		wait = lockMax
	}
	if err := s.store.Lock(ctx, key, lock.LockLevel+1, now.Add(wait), now); err != nil {
		return err
	}
	actor := ""
	if u != nil {
		actor = u.ID
	}
	s.record(ctx, m, auditEvent{Action: "auth.lockout", ActorID: actor, TargetType: "user", TargetID: actor,
		Details: map[string]any{"duration_seconds": int(wait.Seconds()), "email_hash": key}})
	return lockedError(wait)
}

func (s *Service) signinFailed(ctx context.Context, m Meta, u *store.User, method, reason string) {
	var uid *string
	actor := ""
	if u != nil {
		uid, actor = &u.ID, u.ID
	}
	if err := s.store.RecordSignIn(ctx, &store.SignInEvent{ID: store.NewID(), UserID: uid, Method: method,
		Success: false, Reason: reason, IP: m.IP, UserAgent: m.UserAgent, CreatedAt: s.now()}); err != nil {
		s.log.ErrorContext(ctx, "auth: sign-in event", "err", err)
	}
	s.record(ctx, m, auditEvent{Action: "auth.signin.failure", ActorID: actor, TargetType: "user", TargetID: actor,
		Details: map[string]any{"method": method, "reason": reason}})
}

// newSession stores a refresh-token family for u and issues its first
// access token.
func (s *Service) newSession(ctx context.Context, m Meta, u *store.User) (*session, error) {
	now := s.now()
	sess := &store.Session{ID: store.NewID(), UserID: u.ID, IP: m.IP, UserAgent: truncate(m.UserAgent, 400),
		CreatedAt: now, LastUsedAt: now, ExpiresAt: now.Add(s.refreshTTL)}
	refresh := "r_" + token.RandomString(32)
	rt := &store.RefreshToken{ID: store.NewID(), SessionID: sess.ID, TokenHash: token.Hash(refresh), CreatedAt: now, ExpiresAt: sess.ExpiresAt}
	if err := s.store.CreateSession(ctx, sess, rt); err != nil {
		return nil, err
	}
	access, exp, err := s.access.Issue(u.ID, sess.ID)
	if err != nil {
		return nil, err
	}
	return &session{User: u, SessionID: sess.ID, Access: access, AccessExp: exp, Refresh: refresh, CSRF: s.csrfToken(sess.ID)}, nil
}

// startSession signs u in: a new session, recorded as a sign-in.
func (s *Service) startSession(ctx context.Context, m Meta, u *store.User, method string) (*session, error) {
	sess, err := s.newSession(ctx, m, u)
	if err != nil {
		return nil, err
	}
	now := s.now()
	uid := u.ID
	if err := s.store.RecordSignIn(ctx, &store.SignInEvent{ID: store.NewID(), UserID: &uid, Method: method, Success: true,
		IP: m.IP, UserAgent: m.UserAgent, CreatedAt: now}); err != nil {
		s.log.ErrorContext(ctx, "auth: sign-in event", "err", err)
	}
	s.record(ctx, m, auditEvent{Action: "auth.signin.success", ActorID: u.ID, TargetType: "session", TargetID: sess.SessionID,
		Details: map[string]any{"method": method}})
	return sess, nil
}

// Logout ends the session the refresh token belongs to (idempotent).
func (s *Service) Logout(ctx context.Context, m Meta, refresh string) error {
	if refresh == "" {
		return nil
	}
	rt, err := s.store.RefreshTokenByHash(ctx, token.Hash(refresh))
	if errors.Is(err, errs.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	if err := s.store.RevokeSessionByID(ctx, rt.SessionID); err != nil {
		return err
	}
	s.record(ctx, m, auditEvent{Action: "auth.logout", TargetType: "session", TargetID: rt.SessionID})
	return nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}
