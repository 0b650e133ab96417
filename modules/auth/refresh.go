package auth

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"time"

	"vigil/modules/auth/internal/store"
	"vigil/modules/auth/internal/token"
	"vigil/platform/errs"
)

// refreshGrace is how long after a refresh token was rotated it may be
// presented again without being treated as stolen: two tabs (or a retried
// request) refreshing with the same cookie at the same instant both get
// the same successor. A replay after the window revokes the family.
const refreshGrace = 20 * time.Second

// maxGraceChain bounds how many rotations a late request may skip while
// looking for the newest token of its family.
const maxGraceChain = 8

var errBadRefresh = errs.New(errs.KindUnauthorized, "your session has ended; please sign in again")

// successor derives the refresh token that replaces presented. It is a
// keyed hash of the presented token, so every replica computes the same
// successor without storing it: a request that lost a rotation race is
// answered with the winner's token, and only its hash is ever stored.
func (s *Service) successor(presented string) string {
	mac := hmac.New(sha256.New, s.refreshKey)
	mac.Write([]byte(presented))
	return "r_" + base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
}

// Refresh rotates a refresh token: the presented one is spent and its
// successor issued. Presenting a token spent less than refreshGrace ago by
// the same browser (same user agent) returns the same successor; any other
// presentation of a spent token means it was stolen, and the whole family
// (the session) is revoked.
func (s *Service) Refresh(ctx context.Context, m Meta, refresh string) (*session, error) {
	if refresh == "" {
		return nil, errBadRefresh
	}
	now := s.now()
	ua := truncate(m.UserAgent, 400)
	var (
		u       *store.User
		sess    *store.Session
		next    string
		reused  bool
		inGrace bool
	)
	// One transaction: the winner of a race spends the token and stores its
	// successor atomically, so a loser (blocked on the row, or serialized
	// on SQLite) always finds the successor once it sees the token spent.
	err := s.store.WithTx(ctx, func(ctx context.Context) error {
		hash := token.Hash(refresh)
		rt, err := s.store.RefreshTokenByHash(ctx, hash)
		if err != nil {
			return err
		}
		sess, u, err = s.store.SessionAndUser(ctx, rt.SessionID)
		if err != nil {
			return err
		}
		if sess.RevokedAt != nil || !now.Before(sess.ExpiresAt) || !now.Before(rt.ExpiresAt) || u.DisabledAt != nil {
			return errBadRefresh
		}
		next = s.successor(refresh)
		fresh, err := s.store.UseRefreshToken(ctx, rt.ID, now)
		if err != nil {
			return err
		}
		if fresh {
			nrt := &store.RefreshToken{ID: store.NewID(), SessionID: sess.ID, TokenHash: token.Hash(next), CreatedAt: now, ExpiresAt: sess.ExpiresAt}
			return s.store.AddRefreshToken(ctx, nrt, m.IP, ua)
		}
		// Spent: read when (the row may have been spent by the transaction
		// this one waited for).
		if rt, err = s.store.RefreshTokenByHash(ctx, hash); err != nil {
			return err
		}
		if rt.UsedAt == nil || now.Sub(*rt.UsedAt) >= refreshGrace || ua != sess.UserAgent {
			reused = true
			return s.store.RevokeSessionByID(ctx, sess.ID)
		}
		inGrace = true
		next, err = s.newestOfChain(ctx, sess.ID, next)
		return err
	})
	if errors.Is(err, errs.ErrNotFound) {
		return nil, errBadRefresh
	}
	if err != nil {
		return nil, err
	}
	if reused {
		s.record(ctx, m, auditEvent{Action: "auth.refresh.reuse", ActorID: u.ID, TargetType: "session", TargetID: sess.ID,
			Details: map[string]any{"result": "session revoked"}})
		return nil, errBadRefresh
	}
	if inGrace {
		s.log.InfoContext(ctx, "auth: refresh raced within the grace window; same successor returned", "session_id", sess.ID)
	}
	access, exp, err := s.access.Issue(u.ID, sess.ID)
	if err != nil {
		return nil, err
	}
	return &session{User: u, SessionID: sess.ID, Access: access, AccessExp: exp, Refresh: next, CSRF: s.csrfToken(sess.ID)}, nil
}

// newestOfChain follows successors from next (already stored, since the
// token before it is spent) to the first unspent one of the session.
func (s *Service) newestOfChain(ctx context.Context, sessionID, next string) (string, error) {
	for range maxGraceChain {
		rt, err := s.store.RefreshTokenByHash(ctx, token.Hash(next))
		if err != nil {
			return "", err // not found: rotated under another key; sign in again
		}
		if rt.SessionID != sessionID {
			return "", errBadRefresh
		}
		if rt.UsedAt == nil {
			return next, nil
		}
		next = s.successor(next)
	}
	return "", errBadRefresh
}
