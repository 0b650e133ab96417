// Package store is the analysis module's data layer: analyses, findings,
// triage decisions with their audit trail, and progress events. Every
// method takes ctx first and queries through database.Conn(ctx), so it
// joins the caller's transaction.
package store

import (
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"

	"vigil/platform/database"
)

// Status is an analysis' place in its state machine.
type Status string

// The statuses. Allowed moves: queued → running | canceled | failed,
// running → completed | failed | canceled, and running → queued when a
// worker's attempt is abandoned and the job is retried.
const (
	StatusQueued    Status = "queued"
	StatusRunning   Status = "running"
	StatusCompleted Status = "completed"
	StatusFailed    Status = "failed"
	StatusCanceled  Status = "canceled"
)

// Terminal reports whether no further move is allowed.
func (s Status) Terminal() bool {
	return s == StatusCompleted || s == StatusFailed || s == StatusCanceled
}

// Credits states of an analysis, so a hold is settled or released once.
const (
	CreditsNone     = "none"
	CreditsHeld     = "held"
	CreditsSettled  = "settled"
	CreditsReleased = "released"
)

// Store reads and writes the module's tables.
type Store struct {
	db *database.DB
}

// New returns a store on db.
func New(db *database.DB) (*Store, error) {
	if db == nil {
		return nil, errors.New("analysis store: nil database")
	}
	return &Store{db: db}, nil
}

// DB is the database the store uses (for transactions).
func (s *Store) DB() *database.DB { return s.db }

// NewID returns a time-ordered id.
func NewID() string { return uuid.Must(uuid.NewV7()).String() }

func now() time.Time { return time.Now().UTC() }

func wrap(op string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("analysis store: %s: %w", op, err)
}

// parseUUID rejects ids that are not UUIDs before they reach PostgreSQL's
// uuid columns (which would fail the query instead of finding nothing).
func parseUUID(id string) (uuid.UUID, error) { return uuid.Parse(id) }
