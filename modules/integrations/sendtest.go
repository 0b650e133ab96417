package integrations

import (
	"context"
	"fmt"
	"time"

	"vigil/modules/integrations/internal/store"
)

// SendTest sends a "test" event to a channel of the acting workspace now
// (one attempt, no retry, whether or not the channel is enabled) and
// answers with its entry in the delivery log, so the person who pressed
// the button sees at once whether the receiver took it.
func (s *Service) SendTest(ctx context.Context, channelID string) (*DeliveryView, error) {
	p, err := s.authorize(ctx)
	if err != nil {
		return nil, err
	}
	c, err := s.store.Channel(ctx, p.WorkspaceID, channelID)
	if err != nil {
		return nil, err
	}
	t := s.now()
	eventID := "test:" + store.NewID()
	body, err := s.envelope(Event{ID: eventID, Type: EventTest, WorkspaceID: c.WorkspaceID, OccurredAt: t,
		Title: fmt.Sprintf("Test notification from Vigil for %q", c.Name),
		Text:  "If you can read this, the channel works. " + p.Email + " sent it from the workspace settings.", Path: "/settings",
		Data: map[string]string{"channel_id": c.ID, "sent_by": p.UserID}})
	if err != nil {
		return nil, err
	}
	d := &store.Delivery{ID: store.NewID(), WorkspaceID: c.WorkspaceID, ChannelID: c.ID, Event: EventTest, EventID: eventID,
		Payload: string(body), Status: store.StatusPending, CreatedAt: t, UpdatedAt: t}
	if _, err := s.store.AddDelivery(ctx, d); err != nil {
		return nil, err
	}
	if err := s.record(ctx, d, s.send(ctx, c, d), time.Time{}); err != nil {
		return nil, err
	}
	d, err = s.store.DeliveryByID(ctx, d.ID)
	if err != nil {
		return nil, err
	}
	v := toDeliveryView(*d)
	return &v, nil
}
