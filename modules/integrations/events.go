package integrations

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"vigil/modules/integrations/internal/store"
)

// Event types a channel may choose.
const (
	EventAnalysisCompleted = "analysis.completed"
	EventAnalysisFailed    = "analysis.failed"
	// EventFindingsCriticalHigh: an analysis found critical or high
	// findings its project's previous analysis did not have.
	EventFindingsCriticalHigh = "findings.critical_high"
	// EventCreditsLow: the workspace's credits are nearly spent.
	EventCreditsLow = "credits.low"
	// EventTest is sent by "send test" only; no channel subscribes to it.
	EventTest = "test"
)

// EventTypes lists the events a channel may choose, in display order.
var EventTypes = []string{EventAnalysisCompleted, EventAnalysisFailed, EventFindingsCriticalHigh, EventCreditsLow}

// Event is something a workspace may be told about.
type Event struct {
	// ID names the occurrence: publishing the same ID twice delivers once
	// per channel (e.g. "analysis.completed:<analysis id>").
	ID          string
	Type        string
	WorkspaceID string
	// Title is one line for people; Text adds detail; Path is the page
	// in the web app (joined to the instance's base URL).
	Title string
	Text  string
	Path  string
	// Data is the machine-readable part of a webhook's body.
	Data       any
	OccurredAt time.Time
}

// Envelope is the JSON body of a generic webhook delivery, and what the
// delivery log keeps (Slack and email messages are rendered from it).
type Envelope struct {
	ID          string          `json:"id"`
	Type        string          `json:"type"`
	WorkspaceID string          `json:"workspace_id"`
	OccurredAt  time.Time       `json:"occurred_at"`
	Title       string          `json:"title"`
	Text        string          `json:"text,omitempty"`
	URL         string          `json:"url,omitempty"`
	Data        json.RawMessage `json:"data"`
}

// Publish records one delivery per enabled channel of the event's
// workspace that chose its type, and queues them, in one transaction:
// either every delivery is queued or none. It returns how many were.
func (s *Service) Publish(ctx context.Context, e Event) (int, error) {
	if e.OccurredAt.IsZero() {
		e.OccurredAt = s.now()
	}
	channels, err := s.store.Channels(ctx, e.WorkspaceID)
	if err != nil {
		return 0, err
	}
	body, err := s.envelope(e)
	if err != nil {
		return 0, err
	}
	n := 0
	err = s.d.DB.WithTx(ctx, func(ctx context.Context) error {
		n = 0
		for _, c := range channels {
			if !c.Enabled || !slices.Contains(decodeEvents(c.Events), e.Type) {
				continue
			}
			ok, err := s.queue(ctx, c, e.Type, e.ID, body)
			if err != nil {
				return err
			}
			if ok {
				n++
			}
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("integrations: publish %s: %w", e.Type, err)
	}
	return n, nil
}

// queue adds a delivery of body to c and its job (in ctx's transaction);
// false when c already has that event.
func (s *Service) queue(ctx context.Context, c store.Channel, typ, eventID string, body []byte) (bool, error) {
	t := s.now()
	d := &store.Delivery{ID: store.NewID(), WorkspaceID: c.WorkspaceID, ChannelID: c.ID, Event: typ, EventID: eventID,
		Payload: string(body), Status: store.StatusPending, CreatedAt: t, UpdatedAt: t}
	ok, err := s.store.AddDelivery(ctx, d)
	if err != nil || !ok {
		return false, err
	}
	return true, s.enqueueDelivery(ctx, d.ID)
}

// envelope renders e as a webhook body.
func (s *Service) envelope(e Event) ([]byte, error) {
	data, err := json.Marshal(e.Data)
	if err != nil {
		return nil, fmt.Errorf("integrations: event data: %w", err)
	}
	env := Envelope{ID: e.ID, Type: e.Type, WorkspaceID: e.WorkspaceID, OccurredAt: e.OccurredAt.UTC(),
		Title: e.Title, Text: e.Text, Data: data}
	if e.Path != "" && s.d.BaseURL != "" {
		env.URL = strings.TrimRight(s.d.BaseURL, "/") + e.Path
	}
	return json.Marshal(env)
}

// AnalysisOutcome is what the analysis module reports when an analysis
// ends (main.go converts its summary into this).
type AnalysisOutcome struct {
	AnalysisID    string         `json:"analysis_id"`
	WorkspaceID   string         `json:"workspace_id"`
	Name          string         `json:"name"`
	Tier          string         `json:"tier"`
	Status        string         `json:"status"`
	FailureReason string         `json:"failure_reason,omitempty"`
	Counts        map[string]int `json:"counts,omitempty"`
	NewCritical   int            `json:"new_critical"`
	NewHigh       int            `json:"new_high"`
	CostCredits   int64          `json:"cost_credits"`
}

// AnalysisFinished publishes analysis.completed or analysis.failed and,
// when the analysis found new critical or high findings,
// findings.critical_high. It only queues deliveries; failures are logged
// (the analysis is finished whatever happens here).
func (s *Service) AnalysisFinished(ctx context.Context, o AnalysisOutcome) {
	name := o.Name
	if name == "" {
		name = "analysis " + o.AnalysisID
	}
	path := "/analyses/" + o.AnalysisID
	var events []Event
	switch o.Status {
	case "completed":
		events = append(events, Event{ID: EventAnalysisCompleted + ":" + o.AnalysisID, Type: EventAnalysisCompleted,
			Title: fmt.Sprintf("Analysis of %s completed", name),
			Text: fmt.Sprintf("Findings: %d critical, %d high, %d medium, %d low, %d info.",
				o.Counts["critical"], o.Counts["high"], o.Counts["medium"], o.Counts["low"], o.Counts["info"])})
		if n := o.NewCritical + o.NewHigh; n > 0 {
			events = append(events, Event{ID: EventFindingsCriticalHigh + ":" + o.AnalysisID, Type: EventFindingsCriticalHigh,
				Title: fmt.Sprintf("%s: %d new critical or high finding%s", name, n, plural(n)),
				Text:  fmt.Sprintf("New since the previous analysis: %d critical, %d high.", o.NewCritical, o.NewHigh)})
		}
	case "failed":
		events = append(events, Event{ID: EventAnalysisFailed + ":" + o.AnalysisID, Type: EventAnalysisFailed,
			Title: fmt.Sprintf("Analysis of %s failed", name), Text: o.FailureReason})
	default:
		return
	}
	for _, e := range events {
		e.WorkspaceID, e.Path, e.Data = o.WorkspaceID, path, o
		if _, err := s.Publish(ctx, e); err != nil {
			s.log.ErrorContext(ctx, "notify analysis finished", "analysis_id", o.AnalysisID, "event", e.Type, "error", err)
		}
	}
}

// CreditsLow is what the credits module reports when a debit takes a
// workspace's balance under its low-water mark.
type CreditsLow struct {
	WorkspaceID string `json:"workspace_id"`
	Balance     int64  `json:"balance"`
	Threshold   int64  `json:"threshold"`
	// Reference names the debit that crossed the mark (one event per
	// crossing).
	Reference string `json:"reference"`
}

// CreditsNearlySpent publishes credits.low; failures are logged.
func (s *Service) CreditsNearlySpent(ctx context.Context, c CreditsLow) {
	e := Event{ID: EventCreditsLow + ":" + c.Reference, Type: EventCreditsLow, WorkspaceID: c.WorkspaceID,
		Title: fmt.Sprintf("Credits nearly spent: %d left", c.Balance),
		Text:  fmt.Sprintf("The workspace's balance fell below %d credits. Buy a pack on the Billing page so analyses keep running.", c.Threshold),
		Path:  "/billing", Data: c}
	if _, err := s.Publish(ctx, e); err != nil {
		s.log.ErrorContext(ctx, "notify credits low", "workspace_id", c.WorkspaceID, "error", err)
	}
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// decodeEvents reads a channel's stored event list.
func decodeEvents(raw string) []string {
	var out []string
	_ = json.Unmarshal([]byte(raw), &out)
	return out
}
