package audit

import (
	"context"
	"encoding/json"
	"fmt"
	"time"
)

// Exported is one audit entry as `vigil admin audit export` writes it: a
// JSON object per line, with the chain's hashes so a copy kept elsewhere
// can be checked against the database later.
type Exported struct {
	Seq         int64           `json:"seq"`
	ID          string          `json:"id"`
	At          time.Time       `json:"at"`
	ActorID     string          `json:"actor_id,omitempty"`
	WorkspaceID string          `json:"workspace_id,omitempty"`
	Action      string          `json:"action"`
	Target      string          `json:"target,omitempty"`
	IP          string          `json:"ip,omitempty"`
	UserAgent   string          `json:"user_agent,omitempty"`
	Details     json.RawMessage `json:"details"`
	PrevHash    string          `json:"prev_hash"`
	Hash        string          `json:"hash"`
}

// Export calls fn with every entry recorded at or after since, in chain
// order, reading in batches so a large log never sits in memory. It
// returns how many entries fn accepted.
func (l *Log) Export(ctx context.Context, since time.Time, fn func(Exported) error) (int, error) {
	const batch = 1000
	n, after := 0, int64(0)
	for {
		var rows []row
		q := l.db.Conn(ctx).Where("seq > ?", after)
		if !since.IsZero() {
			q = q.Where("at >= ?", since.UTC())
		}
		if err := q.Order("seq").Limit(batch).Find(&rows).Error; err != nil {
			return n, fmt.Errorf("audit: export: %w", err)
		}
		for _, r := range rows {
			if err := fn(exported(r)); err != nil {
				return n, err
			}
			n++
			after = r.Seq
		}
		if len(rows) < batch {
			return n, nil
		}
	}
}
