package store

import (
	"context"
	"time"
)

// Event is one persisted progress event of an analysis. Seq increases by
// one per analysis and is the SSE event id, so a client resumes with
// Last-Event-ID from any replica.
type Event struct {
	AnalysisID string `gorm:"primaryKey"`
	Seq        int64  `gorm:"primaryKey"`
	Phase      string
	Payload    string
	CreatedAt  time.Time
}

// TableName implements gorm's Tabler.
func (Event) TableName() string { return "analysis_events" }

// AppendEvent stores the next event of an analysis. The sequence number is
// taken inside the caller's transaction (or a new one) after locking the
// analysis' row, so writers of one analysis' events (the worker's progress,
// a cancel) take turns instead of colliding on a number; the primary key
// still turns any duplicate into an error rather than a silent gap.
func (s *Store) AppendEvent(ctx context.Context, analysisID, phase, payload string) (*Event, error) {
	var e *Event
	err := s.db.WithTx(ctx, func(ctx context.Context) error {
		// A no-op update takes the row lock on PostgreSQL (SQLite has one
		// writer at a time anyway).
		if err := s.db.Conn(ctx).Exec("UPDATE analyses SET updated_at = updated_at WHERE id = ?", analysisID).Error; err != nil {
			return wrap("append event", err)
		}
		var last struct{ Seq *int64 }
		if err := s.db.Conn(ctx).Table("analysis_events").Select("MAX(seq) AS seq").Where("analysis_id = ?", analysisID).Scan(&last).Error; err != nil {
			return wrap("append event", err)
		}
		next := int64(1)
		if last.Seq != nil {
			next = *last.Seq + 1
		}
		e = &Event{AnalysisID: analysisID, Seq: next, Phase: phase, Payload: payload, CreatedAt: now()}
		return wrap("append event", s.db.Conn(ctx).Create(e).Error)
	})
	return e, err
}

// EventsAfter returns up to limit events with seq > after, in order.
func (s *Store) EventsAfter(ctx context.Context, analysisID string, after int64, limit int) ([]Event, error) {
	var out []Event
	err := s.db.Conn(ctx).Where("analysis_id = ? AND seq > ?", analysisID, after).Order("seq").Limit(limit).Find(&out).Error
	return out, wrap("events", err)
}
