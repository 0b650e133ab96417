package integrations

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"net/mail"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"vigil/modules/integrations/internal/store"
	"vigil/platform/audit"
	"vigil/platform/errs"
)

// Channel kinds.
const (
	KindSlack   = "slack"
	KindEmail   = "email"
	KindWebhook = "webhook"
)

// Limits of a workspace's channels.
const (
	maxChannels   = 20
	maxNameLength = 100
	maxURLLength  = 2000
)

// ChannelRequest adds a channel. url is the Slack incoming webhook URL or
// the webhook's endpoint; email the address for an email channel. events
// are the event types the channel chooses (see EventTypes).
type ChannelRequest struct {
	Name    string   `json:"name"`
	Kind    string   `json:"kind"`
	URL     string   `json:"url,omitempty"`
	Email   string   `json:"email,omitempty"`
	Events  []string `json:"events"`
	Enabled *bool    `json:"enabled,omitempty"`
}

// ChannelPatch changes a channel; absent fields stay as they are. A new
// url or email replaces the sealed target.
type ChannelPatch struct {
	Name    *string   `json:"name,omitempty"`
	URL     *string   `json:"url,omitempty"`
	Email   *string   `json:"email,omitempty"`
	Events  *[]string `json:"events,omitempty"`
	Enabled *bool     `json:"enabled,omitempty"`
}

// ChannelView is a channel as clients see it. The URL (which often embeds
// a token) and the signing secret are never returned, except the secret
// once, in the answer that created the webhook.
type ChannelView struct {
	ID         string    `json:"id"`
	Name       string    `json:"name"`
	Kind       string    `json:"kind"`
	TargetHint string    `json:"target_hint"`
	Events     []string  `json:"events"`
	Enabled    bool      `json:"enabled"`
	CreatedAt  time.Time `json:"created_at"`
	UpdatedAt  time.Time `json:"updated_at"`
	// Secret is the webhook's signing secret, shown only when created.
	Secret string `json:"secret,omitempty"`
}

// ChannelList is the answer of the list route.
type ChannelList struct {
	Items []ChannelView `json:"items"`
	// EventTypes are the events a channel may choose.
	EventTypes []string `json:"event_types"`
}

// Channels lists the acting workspace's channels.
func (s *Service) Channels(ctx context.Context) (*ChannelList, error) {
	p, err := s.authorize(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.store.Channels(ctx, p.WorkspaceID)
	if err != nil {
		return nil, err
	}
	out := &ChannelList{Items: make([]ChannelView, 0, len(rows)), EventTypes: EventTypes}
	for _, r := range rows {
		out.Items = append(out.Items, toView(r))
	}
	return out, nil
}

// Channel returns one channel of the acting workspace.
func (s *Service) Channel(ctx context.Context, id string) (*ChannelView, error) {
	p, err := s.authorize(ctx)
	if err != nil {
		return nil, err
	}
	c, err := s.store.Channel(ctx, p.WorkspaceID, id)
	if err != nil {
		return nil, err
	}
	v := toView(*c)
	return &v, nil
}

// CreateChannel adds a channel to the acting workspace. Its target is
// checked (a URL through the SSRF guard's early check) and sealed; a
// webhook gets a new signing secret, returned this once.
func (s *Service) CreateChannel(ctx context.Context, r ChannelRequest) (*ChannelView, error) {
	p, err := s.authorize(ctx)
	if err != nil {
		return nil, err
	}
	var fields []errs.FieldError
	name := strings.TrimSpace(r.Name)
	if name == "" || utf8.RuneCountInString(name) > maxNameLength {
		fields = append(fields, errs.FieldError{Field: "name", Message: "1 to 100 characters"})
	}
	if !slices.Contains([]string{KindSlack, KindEmail, KindWebhook}, r.Kind) {
		fields = append(fields, errs.FieldError{Field: "kind", Message: "slack, email or webhook"})
	}
	target, hint, ferr := s.checkTarget(r.Kind, r.URL, r.Email)
	if ferr != nil && slices.Contains([]string{KindSlack, KindEmail, KindWebhook}, r.Kind) {
		fields = append(fields, *ferr)
	}
	events, eerr := checkEvents(r.Events)
	if eerr != nil {
		fields = append(fields, *eerr)
	}
	if len(fields) > 0 {
		return nil, errs.Invalid("the notification channel is not valid", fields...)
	}
	if r.Kind == KindEmail && s.d.Mailer == nil {
		return nil, errNoMailer
	}
	existing, err := s.store.Channels(ctx, p.WorkspaceID)
	if err != nil {
		return nil, err
	}
	if len(existing) >= maxChannels {
		return nil, errs.New(errs.KindConflict, "a workspace has at most %d notification channels", maxChannels)
	}
	t := s.now()
	c := &store.Channel{ID: store.NewID(), WorkspaceID: p.WorkspaceID, Name: name, Kind: r.Kind, TargetHint: hint,
		Enabled: r.Enabled == nil || *r.Enabled, CreatedBy: p.UserID, CreatedAt: t, UpdatedAt: t}
	eb, _ := json.Marshal(events)
	c.Events = string(eb)
	if c.TargetSealed, err = s.d.Sealer.Seal([]byte(target), targetContext(c.ID)); err != nil {
		return nil, err
	}
	var secret string
	if r.Kind == KindWebhook {
		secret = newSecret()
		if c.SecretSealed, err = s.d.Sealer.Seal([]byte(secret), secretContext(c.ID)); err != nil {
			return nil, err
		}
	}
	if err := s.store.CreateChannel(ctx, c); err != nil {
		return nil, err
	}
	s.audit(ctx, audit.Entry{ActorID: p.UserID, WorkspaceID: p.WorkspaceID, Action: "notification_channel.create",
		Target: "notification_channel:" + c.ID, Details: map[string]any{"name": name, "kind": r.Kind, "target": hint, "events": events}})
	v := toView(*c)
	v.Secret = secret
	return &v, nil
}

// UpdateChannel changes a channel of the acting workspace.
func (s *Service) UpdateChannel(ctx context.Context, id string, r ChannelPatch) (*ChannelView, error) {
	p, err := s.authorize(ctx)
	if err != nil {
		return nil, err
	}
	c, err := s.store.Channel(ctx, p.WorkspaceID, id)
	if err != nil {
		return nil, err
	}
	set := map[string]any{}
	var fields []errs.FieldError
	if r.Name != nil {
		name := strings.TrimSpace(*r.Name)
		if name == "" || utf8.RuneCountInString(name) > maxNameLength {
			fields = append(fields, errs.FieldError{Field: "name", Message: "1 to 100 characters"})
		}
		set["name"] = name
	}
	if r.Events != nil {
		events, ferr := checkEvents(*r.Events)
		if ferr != nil {
			fields = append(fields, *ferr)
		}
		eb, _ := json.Marshal(events)
		set["events"] = string(eb)
	}
	if r.Enabled != nil {
		set["enabled"] = *r.Enabled
	}
	if r.URL != nil || r.Email != nil {
		u, e := "", ""
		if r.URL != nil {
			u = *r.URL
		}
		if r.Email != nil {
			e = *r.Email
		}
		target, hint, ferr := s.checkTarget(c.Kind, u, e)
		if ferr != nil {
			fields = append(fields, *ferr)
		} else {
			sealed, err := s.d.Sealer.Seal([]byte(target), targetContext(c.ID))
			if err != nil {
				return nil, err
			}
			set["target_sealed"], set["target_hint"] = sealed, hint
		}
	}
	if len(fields) > 0 {
		return nil, errs.Invalid("the notification channel is not valid", fields...)
	}
	if len(set) > 0 {
		set["updated_at"] = s.now()
		if err := s.store.UpdateChannel(ctx, p.WorkspaceID, c.ID, set); err != nil {
			return nil, err
		}
		s.audit(ctx, audit.Entry{ActorID: p.UserID, WorkspaceID: p.WorkspaceID, Action: "notification_channel.update",
			Target: "notification_channel:" + c.ID, Details: map[string]any{"fields": changed(set)}})
	}
	if c, err = s.store.Channel(ctx, p.WorkspaceID, id); err != nil {
		return nil, err
	}
	v := toView(*c)
	return &v, nil
}

// DeleteChannel removes a channel of the acting workspace with its
// delivery log; queued deliveries find it gone and stop.
func (s *Service) DeleteChannel(ctx context.Context, id string) error {
	p, err := s.authorize(ctx)
	if err != nil {
		return err
	}
	if err := s.d.DB.WithTx(ctx, func(ctx context.Context) error {
		return s.store.DeleteChannel(ctx, p.WorkspaceID, id)
	}); err != nil {
		return err
	}
	s.audit(ctx, audit.Entry{ActorID: p.UserID, WorkspaceID: p.WorkspaceID, Action: "notification_channel.delete",
		Target: "notification_channel:" + id})
	return nil
}

// checkTarget validates the target of a channel of kind and returns it
// with the hint the UI shows.
func (s *Service) checkTarget(kind, rawURL, email string) (target, hint string, ferr *errs.FieldError) {
	switch kind {
	case KindEmail:
		a, err := mail.ParseAddress(strings.TrimSpace(email))
		if err != nil || a.Name != "" || strings.ContainsAny(a.Address, "\r\n") {
			return "", "", &errs.FieldError{Field: "email", Message: "an email address such as team@example.com"}
		}
		return a.Address, a.Address, nil
	case KindSlack, KindWebhook:
		rawURL = strings.TrimSpace(rawURL)
		u, err := url.Parse(rawURL)
		if err != nil || len(rawURL) > maxURLLength || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") {
			return "", "", &errs.FieldError{Field: "url", Message: "an http(s) URL"}
		}
		if err := s.d.Guard.CheckURL(rawURL); err != nil {
			return "", "", &errs.FieldError{Field: "url", Message: "this address may not be called from the server: " + err.Error()}
		}
		return rawURL, u.Scheme + "://" + u.Host, nil
	}
	return "", "", nil
}

// checkEvents keeps the known event types, without duplicates, in
// EventTypes order; at least one is required.
func checkEvents(in []string) ([]string, *errs.FieldError) {
	out := []string{}
	for _, e := range EventTypes {
		if slices.Contains(in, e) {
			out = append(out, e)
		}
	}
	for _, e := range in {
		if !slices.Contains(EventTypes, e) {
			return nil, &errs.FieldError{Field: "events", Message: "unknown event " + quote(e) + "; choose from " + strings.Join(EventTypes, ", ")}
		}
	}
	if len(out) == 0 {
		return nil, &errs.FieldError{Field: "events", Message: "choose at least one of " + strings.Join(EventTypes, ", ")}
	}
	return out, nil
}

func quote(s string) string {
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	return `"` + s + `"`
}

// changed names the columns of set, for the audit log (no values: a new
// URL may hold a token).
func changed(set map[string]any) []string {
	out := make([]string, 0, len(set))
	for k := range set {
		if k != "updated_at" && k != "target_hint" {
			out = append(out, strings.TrimSuffix(k, "_sealed"))
		}
	}
	slices.Sort(out)
	return out
}

func toView(c store.Channel) ChannelView {
	return ChannelView{ID: c.ID, Name: c.Name, Kind: c.Kind, TargetHint: c.TargetHint, Events: decodeEvents(c.Events),
		Enabled: c.Enabled, CreatedAt: c.CreatedAt, UpdatedAt: c.UpdatedAt}
}

// newSecret returns a webhook signing secret: 32 random bytes.
func newSecret() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	return "whsec_" + base64.RawURLEncoding.EncodeToString(b)
}

// Sealing contexts bind a ciphertext to its channel and field.
func targetContext(id string) string { return "notification_channel:" + id + ":target" }
func secretContext(id string) string { return "notification_channel:" + id + ":secret" }
