package admin

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"

	"vigil/platform/audit"
	"vigil/platform/errs"
	"vigil/platform/httpserver"
)

// AuditQuery is what GET /admin/audit filters on. Empty fields do not filter.
type AuditQuery struct {
	// Actor is an account id, or text contained in accounts' emails or names.
	Actor string
	// Action and Target match as prefixes, in any case.
	Action, Target string
	// From and To bound the time: at or after From, before To.
	From, To time.Time
	// Cursor is the seq the previous page ended at (0: newest first).
	Cursor int64
	Limit  int
}

// AuditEntry is one audit log entry as the viewer shows it.
type AuditEntry struct {
	Seq         int64           `json:"seq"`
	ID          string          `json:"id"`
	At          time.Time       `json:"at"`
	ActorID     string          `json:"actor_id"`
	ActorEmail  string          `json:"actor_email"`
	WorkspaceID string          `json:"workspace_id"`
	Action      string          `json:"action"`
	Target      string          `json:"target"`
	IP          string          `json:"ip"`
	UserAgent   string          `json:"user_agent"`
	Details     json.RawMessage `json:"details"`
	Hash        string          `json:"hash"`
}

// AuditPage is one page of the audit log, newest first.
type AuditPage struct {
	Items []AuditEntry `json:"items"`
	// NextCursor is passed as cursor for the next page; "" on the last.
	NextCursor string `json:"next_cursor"`
}

// Audit lists audit entries matching q, newest first, naming each actor's email.
func (s *Service) Audit(ctx context.Context, q AuditQuery) (*AuditPage, error) {
	f := audit.Filter{Action: q.Action, Target: q.Target, From: q.From, To: q.To, BeforeSeq: q.Cursor, Limit: q.Limit}
	if q.Actor != "" {
		ids, err := s.d.Users.UserIDsMatching(ctx, q.Actor)
		if err != nil {
			return nil, err
		}
		f.ActorIDs = ids
	}
	rows, next, err := s.d.Audit.List(ctx, f)
	if err != nil {
		return nil, err
	}
	actors := make([]string, 0, len(rows))
	for _, r := range rows {
		if r.ActorID != "" {
			actors = append(actors, r.ActorID)
		}
	}
	emails, err := s.d.Users.UserEmails(ctx, actors)
	if err != nil {
		return nil, err
	}
	page := &AuditPage{Items: make([]AuditEntry, 0, len(rows))}
	for _, r := range rows {
		page.Items = append(page.Items, AuditEntry{Seq: r.Seq, ID: r.ID, At: r.At, ActorID: r.ActorID, ActorEmail: emails[r.ActorID],
			WorkspaceID: r.WorkspaceID, Action: r.Action, Target: r.Target, IP: r.IP, UserAgent: r.UserAgent, Details: r.Details, Hash: r.Hash})
	}
	if next > 0 {
		page.NextCursor = strconv.FormatInt(next, 10)
	}
	return page, nil
}

// VerifyResult is the outcome of checking the audit log's hash chain.
type VerifyResult struct {
	Intact bool `json:"intact"`
	// Checked is how many entries, from the first, were proven intact.
	Checked int64 `json:"checked"`
	// Broken names the first entry that does not hold (nil when intact).
	Broken *BrokenEntry `json:"broken,omitempty"`
	// Message says the outcome in a sentence.
	Message    string    `json:"message"`
	VerifiedAt time.Time `json:"verified_at"`
}

// BrokenEntry is where the chain breaks.
type BrokenEntry struct {
	Seq    int64     `json:"seq"`
	ID     string    `json:"id,omitempty"`
	Action string    `json:"action,omitempty"`
	At     time.Time `json:"at,omitzero"`
	Reason string    `json:"reason"`
}

// Verify walks the whole chain, as `vigil admin audit verify` does.
// A broken chain is a result, not an error.
func (s *Service) Verify(ctx context.Context) (*VerifyResult, error) {
	n, err := s.d.Audit.VerifyCount(ctx)
	res := &VerifyResult{Checked: n, VerifiedAt: s.d.Now().UTC()}
	var te *audit.TamperError
	switch {
	case errors.As(err, &te):
		res.Broken = &BrokenEntry{Seq: te.Seq, ID: te.ID, Action: te.Action, At: te.At, Reason: te.Reason}
		res.Message = "The audit log was tampered with: entry " + strconv.FormatInt(te.Seq, 10) + " does not hold (" + te.Reason + "); " +
			strconv.FormatInt(n, 10) + " entries before it are intact."
	case err != nil:
		return nil, err
	default:
		res.Intact = true
		res.Message = "The audit log is intact: all " + strconv.FormatInt(n, 10) + " entries match their hashes and links."
	}
	return res, nil
}

// parseTime reads a date (YYYY-MM-DD, UTC midnight) or an RFC 3339 time.
func parseTime(v string) (time.Time, bool) {
	if t, err := time.Parse(time.DateOnly, v); err == nil {
		return t, true
	}
	t, err := time.Parse(time.RFC3339, v)
	return t, err == nil
}

func (s *Service) handleAudit(c echo.Context) error {
	q := AuditQuery{Actor: c.QueryParam("actor"), Action: c.QueryParam("action"), Target: c.QueryParam("target")}
	var fields []errs.FieldError
	for name, v := range map[string]string{"actor": q.Actor, "action": q.Action, "target": q.Target} {
		if len(v) > 200 || !httpserver.CleanText(v) {
			fields = append(fields, errs.FieldError{Field: name, Message: "must be text of at most 200 characters"})
		}
	}
	if v := c.QueryParam("cursor"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 1 {
			e := errs.New(errs.KindBadRequest, "invalid cursor")
			e.Fields = []errs.FieldError{{Field: "cursor", Message: "must be a next_cursor returned by this API"}}
			return e
		}
		q.Cursor = n
	}
	if v := c.QueryParam("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 200 {
			fields = append(fields, errs.FieldError{Field: "limit", Message: "must be an integer from 1 to 200"})
		}
		q.Limit = n
	}
	for _, p := range []struct {
		name string
		dst  *time.Time
	}{{"from", &q.From}, {"to", &q.To}} {
		if v := c.QueryParam(p.name); v != "" {
			t, ok := parseTime(v)
			if !ok {
				fields = append(fields, errs.FieldError{Field: p.name, Message: "must be a date (2026-12-01) or an RFC 3339 time (2026-12-01T09:30:00Z)"})
				continue
			}
			*p.dst = t
		}
	}
	// A "to" date means through that whole day.
	if v := c.QueryParam("to"); len(v) == len(time.DateOnly) && !q.To.IsZero() {
		q.To = q.To.AddDate(0, 0, 1)
	}
	if !q.From.IsZero() && !q.To.IsZero() && !q.To.After(q.From) {
		fields = append(fields, errs.FieldError{Field: "to", Message: "must be after from"})
	}
	if len(fields) > 0 {
		sortFields(fields)
		return errs.Invalid("invalid audit log filter", fields...)
	}
	page, err := s.Audit(c.Request().Context(), q)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, page)
}

func (s *Service) handleVerify(c echo.Context) error {
	res, err := s.Verify(c.Request().Context())
	if err != nil {
		return err
	}
	c.Response().Header().Set(echo.HeaderCacheControl, "no-store")
	return c.JSON(http.StatusOK, res)
}
