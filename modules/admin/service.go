// Package admin is the instance administrators' overview across modules:
// the audit log viewer (filters, pages, hash-chain check) and the
// instance KPIs. It owns no table: accounts, analyses and credits come
// from each module's own read model (the interfaces below, wired in
// main.go), and the audit log from platform/audit.
package admin

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/labstack/echo/v4"

	"vigil/platform/audit"
)

// UserStats is what the overview needs from accounts (auth's read model).
// Days are UTC dates, YYYY-MM-DD.
type UserStats struct {
	Users, Admins, Disabled int64
	SignUps, SignedIn       map[string]int
	Active                  int
}

// Users is what the overview needs from the accounts module.
type Users interface {
	// UserStats counts accounts and their activity since from.
	UserStats(ctx context.Context, from time.Time) (UserStats, error)
	// UserEmails maps account ids to emails (unknown ids left out).
	UserEmails(ctx context.Context, ids []string) (map[string]string, error)
	// UserIDsMatching names the accounts an actor filter means: the
	// account with that id, or those whose email or name contains it.
	UserIDsMatching(ctx context.Context, q string) ([]string, error)
}

// AnalysisDay counts one day's analyses of one tier and outcome.
type AnalysisDay struct {
	Day, Tier, Outcome string
	Count              int
	AICostUSD          float64
}

// Analyses is what the overview needs from the analysis module.
type Analyses interface {
	AnalysisStats(ctx context.Context, from time.Time) ([]AnalysisDay, error)
}

// CreditStats holds credits per UTC day, all positive.
type CreditStats struct {
	Sold, Spent, Granted, Refunded map[string]int64
}

// Credits is what the overview needs from the credits module.
type Credits interface {
	CreditStats(ctx context.Context, from time.Time) (CreditStats, error)
}

// AuditLog is the part of the hash-chained audit log the viewer uses.
type AuditLog interface {
	List(ctx context.Context, f audit.Filter) ([]audit.Exported, int64, error)
	VerifyCount(ctx context.Context) (int64, error)
}

// Deps are the module's dependencies; all are required.
type Deps struct {
	Users    Users
	Analyses Analyses
	Credits  Credits
	Audit    AuditLog
	// InstanceAdmin guards every route (auth's RequireInstanceAdmin).
	InstanceAdmin echo.MiddlewareFunc
	Logger        *slog.Logger
	// Now is the clock (time.Now when nil).
	Now func() time.Time
}

// Service serves the instance administrators' overview.
type Service struct {
	d Deps
}

// New checks the dependencies; it starts nothing.
func New(d Deps) (*Service, error) {
	switch {
	case d.Users == nil:
		return nil, errors.New("admin: nil Users")
	case d.Analyses == nil:
		return nil, errors.New("admin: nil Analyses")
	case d.Credits == nil:
		return nil, errors.New("admin: nil Credits")
	case d.Audit == nil:
		return nil, errors.New("admin: nil Audit")
	case d.InstanceAdmin == nil:
		return nil, errors.New("admin: nil InstanceAdmin")
	case d.Logger == nil:
		return nil, errors.New("admin: nil Logger")
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	return &Service{d: d}, nil
}
