// Package audit keeps the security audit log: who did what, to which
// target, from where. Entries are append-only and hash-chained (each hash
// covers the previous hash and the entry), so editing, deleting or
// reordering a stored row is detected by Verify. Writers are serialised
// (an advisory transaction lock on PostgreSQL, SQLite's single writer) so
// the chain stays linear across replicas.
package audit

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"

	"vigil/platform/database"
)

// genesis is the prev_hash of the first entry.
var genesis = strings.Repeat("0", 64)

// lockKey is the PostgreSQL advisory lock id serialising writers ("VIGLAUDT").
const lockKey int64 = 0x5649474c41554454

// Entry is what a caller records.
type Entry struct {
	ActorID     string
	WorkspaceID string
	Action      string // e.g. "auth.login", "apikey.create"
	Target      string // e.g. "user:0190...", "apikey:0190..."
	IP          string
	UserAgent   string
	Details     map[string]any // never secrets
}

// Record is a stored entry.
type Record struct {
	ID       string
	Seq      int64
	At       time.Time
	Entry    Entry
	PrevHash string
	Hash     string
}

// Log writes and verifies the audit log.
type Log struct {
	db  *database.DB
	now func() time.Time
}

// New returns the audit log on db.
func New(db *database.DB) (*Log, error) {
	if db == nil {
		return nil, errors.New("audit: nil database")
	}
	return &Log{db: db, now: time.Now}, nil
}

type row struct {
	ID          string `gorm:"column:id"`
	Seq         int64  `gorm:"column:seq"`
	At          time.Time
	ActorID     string
	WorkspaceID string
	Action      string
	Target      string
	IP          string `gorm:"column:ip"`
	UserAgent   string
	Details     string
	PrevHash    string
	Hash        string
}

func (row) TableName() string { return "audit_log" }

// hashOf covers every stored column except hash itself; JSON encoding of a
// fixed struct keeps field boundaries unambiguous.
func hashOf(r row) string {
	b, _ := json.Marshal(struct {
		Prev        string `json:"prev"`
		Seq         int64  `json:"seq"`
		ID          string `json:"id"`
		AtUs        int64  `json:"at_us"`
		ActorID     string `json:"actor_id"`
		WorkspaceID string `json:"workspace_id"`
		Action      string `json:"action"`
		Target      string `json:"target"`
		IP          string `json:"ip"`
		UserAgent   string `json:"user_agent"`
		Details     string `json:"details"`
	}{r.PrevHash, r.Seq, r.ID, r.At.UnixMicro(), r.ActorID, r.WorkspaceID, r.Action, r.Target, r.IP, r.UserAgent, r.Details})
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// Record appends e. Inside database.WithTx it joins the caller's
// transaction, so the entry exists exactly when the audited change does.
func (l *Log) Record(ctx context.Context, e Entry) (Record, error) {
	if strings.TrimSpace(e.Action) == "" {
		return Record{}, errors.New("audit: action is required")
	}
	details := []byte("{}")
	if len(e.Details) > 0 {
		var err error
		if details, err = json.Marshal(e.Details); err != nil {
			return Record{}, fmt.Errorf("audit: details: %w", err)
		}
	}
	r := row{
		ID:          uuid.Must(uuid.NewV7()).String(),
		At:          l.now().UTC().Truncate(time.Microsecond),
		ActorID:     e.ActorID,
		WorkspaceID: e.WorkspaceID,
		Action:      e.Action,
		Target:      e.Target,
		IP:          e.IP,
		UserAgent:   e.UserAgent,
		Details:     string(details),
	}
	err := l.db.WithTx(ctx, func(ctx context.Context) error {
		conn := l.db.Conn(ctx)
		if l.db.Dialect() == database.Postgres {
			if err := conn.Exec("SELECT pg_advisory_xact_lock(?)", lockKey).Error; err != nil {
				return err
			}
		}
		var last []row
		if err := conn.Raw("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").Scan(&last).Error; err != nil {
			return err
		}
		r.Seq, r.PrevHash = 1, genesis
		if len(last) == 1 {
			r.Seq, r.PrevHash = last[0].Seq+1, last[0].Hash
		}
		r.Hash = hashOf(r)
		return conn.Create(&r).Error
	})
	if err != nil {
		return Record{}, fmt.Errorf("audit: record %s: %w", e.Action, err)
	}
	return Record{ID: r.ID, Seq: r.Seq, At: r.At, Entry: e, PrevHash: r.PrevHash, Hash: r.Hash}, nil
}

// TamperError says where the chain breaks: the first entry that does not
// hold, with what is stored of it (ID, Action and At are zero when the
// entry is missing altogether).
type TamperError struct {
	Seq    int64
	ID     string
	Action string
	At     time.Time
	Reason string
}

func (e *TamperError) Error() string {
	if e.ID == "" {
		return fmt.Sprintf("audit: log tampered at entry %d: %s", e.Seq, e.Reason)
	}
	return fmt.Sprintf("audit: log tampered at entry %d (id %s, action %q, at %s): %s",
		e.Seq, e.ID, e.Action, e.At.UTC().Format(time.RFC3339Nano), e.Reason)
}

// Verify walks the whole chain and returns a *TamperError at the first
// entry that was changed, removed or inserted out of order; nil when intact.
func (l *Log) Verify(ctx context.Context) error {
	_, err := l.VerifyCount(ctx)
	return err
}

// VerifyCount is Verify that also says how many entries it checked, so an
// operator sees the size of what was proven intact.
func (l *Log) VerifyCount(ctx context.Context) (int64, error) {
	prev, want := genesis, int64(1)
	const batch = 1000
	for {
		var rows []row
		if err := l.db.Conn(ctx).Where("seq >= ?", want).Order("seq").Limit(batch).Find(&rows).Error; err != nil {
			return want - 1, fmt.Errorf("audit: verify: %w", err)
		}
		for _, r := range rows {
			broken := func(reason string) *TamperError {
				return &TamperError{Seq: r.Seq, ID: r.ID, Action: r.Action, At: r.At, Reason: reason}
			}
			switch {
			case r.Seq != want:
				return want - 1, &TamperError{Seq: want, Reason: fmt.Sprintf("entry missing (next stored entry is %d)", r.Seq)}
			case r.PrevHash != prev:
				return want - 1, broken("previous-hash link broken")
			case hashOf(r) != r.Hash:
				return want - 1, broken("content does not match its hash")
			}
			prev, want = r.Hash, want+1
		}
		if len(rows) < batch {
			return want - 1, nil
		}
	}
}
