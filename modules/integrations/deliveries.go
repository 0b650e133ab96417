package integrations

import (
	"context"
	"time"

	"vigil/modules/integrations/internal/store"
)

// DeliveryView is one entry of a channel's delivery log.
type DeliveryView struct {
	ID            string     `json:"id"`
	Event         string     `json:"event"`
	Status        string     `json:"status"`
	Attempts      int        `json:"attempts"`
	ResponseCode  int        `json:"response_code"`
	Error         string     `json:"error"`
	NextAttemptAt *time.Time `json:"next_attempt_at"`
	DeliveredAt   *time.Time `json:"delivered_at"`
	CreatedAt     time.Time  `json:"created_at"`
	UpdatedAt     time.Time  `json:"updated_at"`
}

// DeliveryPage is a page of the delivery log, newest first.
type DeliveryPage struct {
	Items      []DeliveryView `json:"items"`
	NextCursor string         `json:"next_cursor,omitempty"`
}

// Deliveries lists a channel's delivery log, newest first; cursor is the
// previous page's next_cursor, limit 1-100 (default 50).
func (s *Service) Deliveries(ctx context.Context, channelID, cursor string, limit int) (*DeliveryPage, error) {
	p, err := s.authorize(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := s.store.Channel(ctx, p.WorkspaceID, channelID); err != nil {
		return nil, err
	}
	if limit <= 0 || limit > 100 {
		limit = 50
	}
	rows, err := s.store.Deliveries(ctx, p.WorkspaceID, channelID, cursor, limit+1)
	if err != nil {
		return nil, err
	}
	out := &DeliveryPage{Items: make([]DeliveryView, 0, min(len(rows), limit))}
	for i, r := range rows {
		if i == limit {
			out.NextCursor = rows[i-1].ID
			break
		}
		out.Items = append(out.Items, toDeliveryView(r))
	}
	return out, nil
}

func toDeliveryView(d store.Delivery) DeliveryView {
	return DeliveryView{ID: d.ID, Event: d.Event, Status: d.Status, Attempts: d.Attempts, ResponseCode: d.ResponseCode,
		Error: d.Error, NextAttemptAt: d.NextAttemptAt, DeliveredAt: d.DeliveredAt, CreatedAt: d.CreatedAt, UpdatedAt: d.UpdatedAt}
}
