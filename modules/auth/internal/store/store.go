// Package store is the auth module's data layer: users, identities,
// workspaces, memberships, invitations, sessions with their refresh-token
// families, API keys, password resets and sign-in events. It works on
// PostgreSQL and SQLite alike; time comparisons are done in Go because
// SQLite stores times as text.
package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"
	"gorm.io/gorm"

	"vigil/platform/errs"
)

// DB gives the connection for a context (the transaction in it, if any)
// and runs functions in a transaction.
type DB interface {
	Conn(ctx context.Context) *gorm.DB
	WithTx(ctx context.Context, fn func(ctx context.Context) error) error
	// UTCDate is the dialect's SQL for a timestamp column's UTC date.
	UTCDate(column string) string
}

// Store reads and writes the auth tables.
type Store struct {
	db DB
}

// New returns a Store over db.
func New(db DB) *Store { return &Store{db: db} }

// WithTx runs fn in a transaction.
func (s *Store) WithTx(ctx context.Context, fn func(ctx context.Context) error) error {
	return s.db.WithTx(ctx, fn)
}

// NewID returns a new UUIDv7 string.
func NewID() string { return uuid.Must(uuid.NewV7()).String() }

func (s *Store) conn(ctx context.Context) *gorm.DB { return s.db.Conn(ctx) }

func notFound(err error, what string) error {
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return errs.NotFound(what)
	}
	return fmt.Errorf("auth store: %s: %w", what, err)
}

func isUniqueViolation(err error) bool {
	if err == nil {
		return false
	}
	if errors.Is(err, gorm.ErrDuplicatedKey) {
		return true
	}
	msg := strings.ToLower(err.Error())
	return strings.Contains(msg, "unique") || strings.Contains(msg, "duplicate key")
}

// User is an account.
type User struct {
	ID                  string
	Email               string
	Name                string
	PasswordHash        *string
	InstanceAdmin       bool
	PersonalWorkspaceID *string
	DisabledAt          *time.Time
	PasswordChangedAt   *time.Time
	// EmailVerifiedAt is when ownership of Email was proven (a link sent
	// to it, a provider's verified email, an admin creating the account,
	// or automatically when the instance cannot send email); nil = unverified.
	EmailVerifiedAt *time.Time
	// LastWorkspaceID is the workspace the user last switched to (a
	// preference, checked against the memberships whenever it is used).
	LastWorkspaceID *string
	CreatedAt       time.Time
	UpdatedAt       time.Time
}

// TableName implements gorm's Tabler.
func (User) TableName() string { return "auth_users" }

// Identity links a user to an external provider account.
type Identity struct {
	ID        string
	UserID    string
	Provider  string
	Subject   string
	Email     string
	CreatedAt time.Time
}

// TableName implements gorm's Tabler.
func (Identity) TableName() string { return "auth_identities" }

// Workspace owns every resource of later modules.
type Workspace struct {
	ID        string
	Name      string
	Personal  bool
	CreatedBy string
	CreatedAt time.Time
	UpdatedAt time.Time
}

// TableName implements gorm's Tabler.
func (Workspace) TableName() string { return "auth_workspaces" }

// Membership gives a user a role in a workspace.
type Membership struct {
	WorkspaceID string
	UserID      string
	Role        string
	CreatedAt   time.Time
}

// TableName implements gorm's Tabler.
func (Membership) TableName() string { return "auth_memberships" }

// Invitation invites an email into a workspace with a role.
type Invitation struct {
	ID          string
	WorkspaceID string
	Email       string
	Role        string
	TokenHash   string
	InvitedBy   string
	CreatedAt   time.Time
	ExpiresAt   time.Time
	AcceptedAt  *time.Time
	RevokedAt   *time.Time
}

// TableName implements gorm's Tabler.
func (Invitation) TableName() string { return "auth_invitations" }

// Session is one signed-in browser: a refresh-token family.
type Session struct {
	ID         string
	UserID     string
	IP         string
	UserAgent  string
	CreatedAt  time.Time
	LastUsedAt time.Time
	ExpiresAt  time.Time
	RevokedAt  *time.Time
}

// TableName implements gorm's Tabler.
func (Session) TableName() string { return "auth_sessions" }

// RefreshToken is one member of a session's rotating token family.
type RefreshToken struct {
	ID        string
	SessionID string
	TokenHash string
	CreatedAt time.Time
	ExpiresAt time.Time
	UsedAt    *time.Time
}

// TableName implements gorm's Tabler.
func (RefreshToken) TableName() string { return "auth_refresh_tokens" }

// APIKey authenticates CLI and CI calls in one workspace.
type APIKey struct {
	ID          string
	UserID      string
	WorkspaceID string
	Name        string
	Prefix      string
	KeyHash     string
	Scopes      string // comma-separated
	CreatedAt   time.Time
	ExpiresAt   *time.Time
	LastUsedAt  *time.Time
	RevokedAt   *time.Time
}

// TableName implements gorm's Tabler.
func (APIKey) TableName() string { return "auth_api_keys" }

// PasswordReset is a single-use reset token.
type PasswordReset struct {
	ID        string
	UserID    string
	TokenHash string
	CreatedAt time.Time
	ExpiresAt time.Time
	UsedAt    *time.Time
}

// TableName implements gorm's Tabler.
func (PasswordReset) TableName() string { return "auth_password_resets" }

// EmailVerification is a single-use link proving ownership of Email.
type EmailVerification struct {
	ID        string
	UserID    string
	Email     string
	TokenHash string
	CreatedAt time.Time
	ExpiresAt time.Time
	UsedAt    *time.Time
}

// TableName implements gorm's Tabler.
func (EmailVerification) TableName() string { return "auth_email_verifications" }

// SignInEvent records one sign-in attempt for the admin's activity view.
type SignInEvent struct {
	ID        string
	UserID    *string
	Method    string
	Success   bool
	Reason    string
	IP        string
	UserAgent string
	CreatedAt time.Time
}

// TableName implements gorm's Tabler.
func (SignInEvent) TableName() string { return "auth_signin_events" }

// SignInLock counts consecutive failed sign-ins for one email (hashed),
// whether or not an account exists.
type SignInLock struct {
	EmailHash   string
	Failures    int
	LockLevel   int
	LockedUntil *time.Time
	UpdatedAt   time.Time
}

// TableName implements gorm's Tabler.
func (SignInLock) TableName() string { return "auth_signin_locks" }

// Notify sends a PostgreSQL notification with payload on channel
// (delivered when the transaction in ctx, if any, commits).
func (s *Store) Notify(ctx context.Context, channel, payload string) error {
	if err := s.conn(ctx).Exec("SELECT pg_notify(?, ?)", channel, payload).Error; err != nil {
		return fmt.Errorf("auth store: notify %s: %w", channel, err)
	}
	return nil
}
