package admin

import (
	"encoding/json"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"vigil/platform/openapi"
)

// Routes is the module's route table: each route declared once, with its
// handler, middleware, types and documentation. Each sits behind
// InstanceAdmin, which answers 401 or 403 before a handler reads anything.
// The server registers and documents the table in one call:
// srv.Mount(svc.Routes()...).
func (s *Service) Routes() []openapi.Route {
	admin := []echo.MiddlewareFunc{s.d.InstanceAdmin}
	ts := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	auth := []string{"cookie", "apiKey"}
	tags := []string{"admin"}
	std := func(extra map[int]openapi.Response) map[int]openapi.Response {
		r := map[int]openapi.Response{401: {Description: "not signed in"},
			403: {Description: "not an instance administrator, or an API key without the admin scope"}}
		for k, v := range extra {
			r[k] = v
		}
		return r
	}
	entry := AuditEntry{Seq: 42, ID: "0190...", At: ts, ActorID: "0190...", ActorEmail: "ada@example.com", Action: "admin.user_disabled",
		Target: "user:0190...", IP: "203.0.113.7", UserAgent: "Mozilla/5.0", Details: json.RawMessage(`{}`), Hash: "9f86d081..."}
	day := KPIDay{Day: "2026-01-02", SignUps: 3, SignedIn: 5, Analyses: 4, ByTier: map[string]int{"static": 3, "standard": 1},
		ByOutcome: map[string]int{"completed": 3, "failed": 1}, CreditsSold: 500, CreditsSpent: 120, CreditsGranted: 300, AICostUSD: 0.42}
	return []openapi.Route{
		{Method: http.MethodGet, Path: "/api/v1/admin/audit", OperationID: "adminAuditLog", Handler: s.handleAudit, Middleware: admin, Tags: tags, Auth: auth,
			Summary: "The audit log, newest first, filtered by actor, action, target and date (instance administrators)",
			Description: "actor is an account id or text in accounts' emails or names; action and target match as prefixes in any case " +
				"(action=admin. keeps administration events, target=user:ID one account); from and to are dates (to is inclusive) or RFC 3339 times. " +
				"Pass next_cursor as cursor for the next page; it is empty on the last.",
			Query: []openapi.Param{{Name: "actor", Type: "string"}, {Name: "action", Type: "string"}, {Name: "target", Type: "string"},
				{Name: "from", Type: "string"}, {Name: "to", Type: "string"}, {Name: "cursor", Type: "string"}, {Name: "limit", Type: "integer", Description: "1 to 200, default 50"}},
			Responses: std(map[int]openapi.Response{200: {Description: "one page", Body: AuditPage{Items: []AuditEntry{entry}, NextCursor: "41"}},
				400: {Description: "malformed cursor"}, 422: {Description: "invalid filter, date or limit (every field error at once)"}})},
		{Method: http.MethodGet, Path: "/api/v1/admin/audit/verify", OperationID: "adminAuditVerify", Handler: s.handleVerify, Middleware: admin, Tags: tags, Auth: auth,
			Summary:     "Check the audit log's hash chain from the first entry (instance administrators)",
			Description: "The same check as `vigil admin audit verify`. A broken chain is answered 200 with intact=false and the first entry that does not hold.",
			Responses: std(map[int]openapi.Response{200: {Description: "the outcome", Body: VerifyResult{Intact: false, Checked: 41, VerifiedAt: ts,
				Broken:  &BrokenEntry{Seq: 42, ID: "0190...", Action: "admin.user_disabled", At: ts, Reason: "content does not match its hash"},
				Message: "The audit log was tampered with: entry 42 does not hold (content does not match its hash); 41 entries before it are intact."}}})},
		{Method: http.MethodGet, Path: "/api/v1/admin/kpis", OperationID: "adminKPIs", Handler: s.handleKPIs, Middleware: admin, Tags: tags, Auth: auth,
			Summary: "Instance KPIs per UTC day: sign-ups, active users, analyses by tier and outcome, credits sold and spent, AI cost (instance administrators)",
			Description: "days (1 to 365, default 30) counts back from today, which is included. Analyses count on the day they were created; " +
				"active users signed in, used a session or used an API key in the window.",
			Query: []openapi.Param{{Name: "days", Type: "integer"}},
			Responses: std(map[int]openapi.Response{200: {Description: "the overview", Body: KPIs{From: "2026-01-02", To: "2026-01-02", Days: 1,
				Totals: KPITotals{Users: 12, Admins: 1, SignUps: 3, ActiveUsers: 5, Analyses: 4, CreditsSold: 500, CreditsSpent: 120, CreditsGranted: 300, AICostUSD: 0.42},
				Series: []KPIDay{day}, Matrix: []TierOutcome{{Tier: "static", Outcome: "completed", Count: 3}}, Tiers: []string{"static", "standard"}}},
				422: {Description: "days out of range"}})},
	}
}
