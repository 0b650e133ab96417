package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"

	"vigil/platform/errs"
)

// CreateUser inserts u; a taken email is a conflict.
func (s *Store) CreateUser(ctx context.Context, u *User) error {
	if err := s.conn(ctx).Create(u).Error; err != nil {
		if isUniqueViolation(err) {
			return errs.New(errs.KindConflict, "email already registered")
		}
		return fmt.Errorf("auth store: create user: %w", err)
	}
	return nil
}

// LockUserCreation serialises account creation inside a transaction, so
// two first sign-ups racing on PostgreSQL cannot both become the instance
// admin (SQLite already runs one writer at a time).
func (s *Store) LockUserCreation(ctx context.Context) error {
	conn := s.conn(ctx)
	if conn.Dialector.Name() != "postgres" {
		return nil
	}
	if err := conn.Exec("SELECT pg_advisory_xact_lock(?)", int64(0x5649474c55534552)).Error; err != nil { // "VIGLUSER"
		return fmt.Errorf("auth store: lock user creation: %w", err)
	}
	return nil
}

// CountUsers returns the number of accounts.
func (s *Store) CountUsers(ctx context.Context) (int64, error) {
	var n int64
	if err := s.conn(ctx).Model(&User{}).Count(&n).Error; err != nil {
		return 0, fmt.Errorf("auth store: count users: %w", err)
	}
	return n, nil
}

// UserByID loads a user.
func (s *Store) UserByID(ctx context.Context, id string) (*User, error) {
	var u User
	if err := s.conn(ctx).Where("id = ?", id).Take(&u).Error; err != nil {
		return nil, notFound(err, "user")
	}
	return &u, nil
}

// UserByEmail loads a user by normalized email.
func (s *Store) UserByEmail(ctx context.Context, email string) (*User, error) {
	var u User
	if err := s.conn(ctx).Where("email = ?", email).Take(&u).Error; err != nil {
		return nil, notFound(err, "user")
	}
	return &u, nil
}

// ListUsers returns accounts ordered by creation, at most limit after the cursor id.
func (s *Store) ListUsers(ctx context.Context, after string, limit int) ([]User, error) {
	var out []User
	q := s.conn(ctx).Order("id").Limit(limit)
	if after != "" {
		q = q.Where("id > ?", after)
	}
	if err := q.Find(&out).Error; err != nil {
		return nil, fmt.Errorf("auth store: list users: %w", err)
	}
	return out, nil
}

// UpdateUser writes the given columns of user id.
func (s *Store) UpdateUser(ctx context.Context, id string, cols map[string]any) error {
	cols["updated_at"] = time.Now().UTC()
	res := s.conn(ctx).Model(&User{}).Where("id = ?", id).Updates(cols)
	if res.Error != nil {
		return fmt.Errorf("auth store: update user: %w", res.Error)
	}
	if res.RowsAffected == 0 {
		return errs.NotFound("user")
	}
	return nil
}

// SignInLock returns the lock state of an email hash (zero when none).
func (s *Store) SignInLock(ctx context.Context, emailHash string) (*SignInLock, error) {
	var l SignInLock
	err := s.conn(ctx).Where("email_hash = ?", emailHash).Take(&l).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return &SignInLock{EmailHash: emailHash}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("auth store: sign-in lock: %w", err)
	}
	return &l, nil
}

// RecordFailure counts one failed sign-in atomically (concurrent failures
// on different replicas all count) and returns the new state.
func (s *Store) RecordFailure(ctx context.Context, emailHash string, now time.Time) (*SignInLock, error) {
	err := s.conn(ctx).Exec(`INSERT INTO auth_signin_locks (email_hash, failures, lock_level, updated_at) VALUES (?, 1, 0, ?)
ON CONFLICT (email_hash) DO UPDATE SET failures = auth_signin_locks.failures + 1, updated_at = excluded.updated_at`,
		emailHash, now).Error
	if err != nil {
		return nil, fmt.Errorf("auth store: record failure: %w", err)
	}
	return s.SignInLock(ctx, emailHash)
}

// Lock locks an email until until and raises its level; failures restart.
func (s *Store) Lock(ctx context.Context, emailHash string, level int, until, now time.Time) error {
	err := s.conn(ctx).Model(&SignInLock{}).Where("email_hash = ?", emailHash).
		Updates(map[string]any{"failures": 0, "lock_level": level, "locked_until": until, "updated_at": now}).Error
	if err != nil {
		return fmt.Errorf("auth store: lock: %w", err)
	}
	return nil
}

// ClearSignInLock forgets failures and lock level after a success or a reset.
func (s *Store) ClearSignInLock(ctx context.Context, emailHash string) error {
	if err := s.conn(ctx).Where("email_hash = ?", emailHash).Delete(&SignInLock{}).Error; err != nil {
		return fmt.Errorf("auth store: clear lock: %w", err)
	}
	return nil
}

// CreateIdentity links a provider account.
func (s *Store) CreateIdentity(ctx context.Context, i *Identity) error {
	if err := s.conn(ctx).Create(i).Error; err != nil {
		if isUniqueViolation(err) {
			return errs.New(errs.KindConflict, "this %s account is already linked", i.Provider)
		}
		return fmt.Errorf("auth store: create identity: %w", err)
	}
	return nil
}

// IdentityBySubject finds the link for a provider account.
func (s *Store) IdentityBySubject(ctx context.Context, provider, subject string) (*Identity, error) {
	var i Identity
	if err := s.conn(ctx).Where("provider = ? AND subject = ?", provider, subject).Take(&i).Error; err != nil {
		return nil, notFound(err, "identity")
	}
	return &i, nil
}

// IdentitiesOf lists a user's provider links.
func (s *Store) IdentitiesOf(ctx context.Context, userID string) ([]Identity, error) {
	var out []Identity
	if err := s.conn(ctx).Where("user_id = ?", userID).Order("provider").Find(&out).Error; err != nil {
		return nil, fmt.Errorf("auth store: identities: %w", err)
	}
	return out, nil
}

// RecordSignIn stores a sign-in attempt.
func (s *Store) RecordSignIn(ctx context.Context, e *SignInEvent) error {
	if err := s.conn(ctx).Create(e).Error; err != nil {
		return fmt.Errorf("auth store: sign-in event: %w", err)
	}
	return nil
}
