package audit

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// Filter narrows List. Zero fields do not filter.
type Filter struct {
	// ActorIDs keeps entries by any of these actors. A non-nil empty
	// slice matches nothing (an actor was asked for and none is known).
	ActorIDs []string
	// Action keeps entries whose action starts with it ("admin." keeps
	// every administration event, "auth.signin.failure" only that one).
	Action string
	// Target keeps entries whose target starts with it ("user:" or a
	// whole "user:0190...").
	Target string
	// From and To keep entries at or after From and before To.
	From, To time.Time
	// BeforeSeq is the cursor: only entries older than this seq (0: from
	// the newest).
	BeforeSeq int64
	// Limit is the page size (1 to 500; 50 when zero).
	Limit int
}

// List returns entries matching f, newest first, and the cursor of the
// next page (0 when this page is the last).
func (l *Log) List(ctx context.Context, f Filter) ([]Exported, int64, error) {
	if f.Limit <= 0 {
		f.Limit = 50
	}
	if f.Limit > 500 {
		f.Limit = 500
	}
	if f.ActorIDs != nil && len(f.ActorIDs) == 0 {
		return []Exported{}, 0, nil
	}
	q := l.db.Conn(ctx).Model(&row{})
	if f.ActorIDs != nil {
		q = q.Where("actor_id IN ?", f.ActorIDs)
	}
	if f.Action != "" {
		q = q.Where("lower(action) LIKE ? ESCAPE '\\'", likePrefix(strings.ToLower(f.Action)))
	}
	if f.Target != "" {
		q = q.Where("lower(target) LIKE ? ESCAPE '\\'", likePrefix(strings.ToLower(f.Target)))
	}
	if !f.From.IsZero() {
		q = q.Where("at >= ?", f.From.UTC())
	}
	if !f.To.IsZero() {
		q = q.Where("at < ?", f.To.UTC())
	}
	if f.BeforeSeq > 0 {
		q = q.Where("seq < ?", f.BeforeSeq)
	}
	var rows []row
	// One more than asked says whether a next page exists.
	if err := q.Order("seq DESC").Limit(f.Limit + 1).Find(&rows).Error; err != nil {
		return nil, 0, fmt.Errorf("audit: list: %w", err)
	}
	next := int64(0)
	if len(rows) > f.Limit {
		rows = rows[:f.Limit]
		next = rows[len(rows)-1].Seq
	}
	out := make([]Exported, 0, len(rows))
	for _, r := range rows {
		out = append(out, exported(r))
	}
	return out, next, nil
}

// exported is a stored row as callers see it (details that are not
// valid JSON read as {}).
func exported(r row) Exported {
	details := json.RawMessage(r.Details)
	if !json.Valid(details) {
		details = json.RawMessage("{}")
	}
	return Exported{Seq: r.Seq, ID: r.ID, At: r.At.UTC(), ActorID: r.ActorID, WorkspaceID: r.WorkspaceID,
		Action: r.Action, Target: r.Target, IP: r.IP, UserAgent: r.UserAgent, Details: details,
		PrevHash: r.PrevHash, Hash: r.Hash}
}

// likePrefix is a LIKE pattern matching values that start with s, with
// LIKE's wildcards in s taken literally.
func likePrefix(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s) + "%"
}
