package analysis

import (
	"net/http"
	"slices"
	"sort"
	"time"

	"github.com/labstack/echo/v4"

	"vigil/modules/analysis/cortex"
	"vigil/modules/analysis/internal/store"
	"vigil/platform/config"
	"vigil/platform/openapi"
)

// summaryExample is the documented shape of a summary.
var summaryExample = Summary{Scope: SummaryOpen, FileKind: "production", Summary: &store.Summary{
	BySeverity: map[string]int{"critical": 0, "high": 0, "medium": 0, "low": 0, "info": 0},
	ByCWE:      store.Breakdown{Buckets: []store.Bucket{}}, ByOWASP: store.Breakdown{Buckets: []store.Bucket{}},
	ByRule: store.Breakdown{Buckets: []store.Bucket{}}, ByFile: store.Breakdown{Buckets: []store.Bucket{}},
}}

// Routes is the module's route table: each route declared once, with its
// handler, middleware, permission action, types and documentation.
// The server registers and documents the table in one call:
// srv.Mount(svc.Routes()...).
func (s *Service) Routes() []openapi.Route {
	var mw []echo.MiddlewareFunc
	if s.d.Authenticate != nil {
		mw = append(mw, s.d.Authenticate)
	}
	adminMW := mw
	if s.d.InstanceAdmin != nil {
		adminMW = append(slices.Clip(mw), s.d.InstanceAdmin)
	}
	auth := []string{"cookie", "apiKey"}
	tags := []string{"analyses"}
	problems := func(m map[int]openapi.Response, codes ...int) map[int]openapi.Response {
		desc := map[int]string{
			400: "Malformed request", 401: "Not signed in", 402: "Not enough credits", 403: "Role or API key scope does not allow this",
			404: "Not found in the caller's workspace", 409: "Wrong status for this action", 413: "Body too large", 415: "Body is not JSON",
			422: "Validation failed (field errors)", 503: "A dependency is unavailable, or (uploads) every intake stayed busy past analysis.intake_wait: retry after Retry-After",
		}
		for _, c := range append([]int{401, 403, 404}, codes...) {
			m[c] = openapi.Response{Description: desc[c]}
		}
		return m
	}
	created := Created{Quote: Quote{Notes: []string{}}}
	page := Page[AnalysisView]{Items: []AnalysisView{}}
	fpage := Page[FindingListItem]{Items: []FindingListItem{}}
	findingQuery := []openapi.Param{
		{Name: "severity", Type: "string", Description: "comma-separated: critical,high,medium,low,info"},
		{Name: "confidence", Type: "string", Description: "comma-separated: high,medium,low"},
		{Name: "category", Type: "string", Description: "CWE id or OWASP category prefix (e.g. CWE-89, A03)"},
		{Name: "cwe", Type: "string", Description: "exact CWE id, e.g. CWE-89"},
		{Name: "owasp", Type: "string", Description: "OWASP Top 10 id prefix, e.g. A03"},
		{Name: "file", Type: "string", Description: "path prefix"},
		{Name: "rule", Type: "string", Description: "rule id"},
		{Name: "ai_verdict", Type: "string", Description: "AI verdict, e.g. true_positive, false_positive, unavailable"},
		{Name: "triage", Type: "string", Description: "open, false_positive, accepted_risk or fixed"},
		{Name: "search", Type: "string", Description: "text in title, message, path or rule id (alias q)"},
		{Name: "sort", Type: "string", Description: "severity (default), file or confidence"},
		{Name: "file_kind", Type: "string", Description: "production, test, example, docs, benchmark or vendored: findings in that kind of file (production includes findings stored before files were classified); all or empty: every file"},
		{Name: "cursor", Type: "string", Description: "next_cursor of the previous page"},
		{Name: "limit", Type: "integer", Description: "1-500, default 50"},
		{Name: "include", Type: "string", Description: "details: each item is the full finding (a FindingView, as getFinding returns it without its triage history) instead of a list item"},
	}
	ops := []openapi.Route{
		{Method: http.MethodPost, Path: "/api/v1/analyses", OperationID: "createAnalysis", Handler: s.handleCreate, Middleware: mw, Action: ActionCreate, Summary: "Start an analysis",
			Description: "Multipart upload (files in the repeatable field `files`: a .zip, .tar.gz, .tgz or plain files; tier in `tier`: static|standard|deep; optional `name`, `project` and `options` as JSON) or a JSON paste {\"tier\",\"filename\",\"content\"}. Checks the upload, holds the quote's maximum in credits and queues the job. A replica takes in a bounded number of uploads at once (analysis.max_concurrent_intakes); others wait up to analysis.intake_wait and are then answered 503 with Retry-After.",
			Tags:        tags, Auth: auth, RequestContentType: "multipart/form-data",
			Responses: problems(map[int]openapi.Response{201: {Description: "Queued; the quote that was held", Body: created}}, 400, 402, 413, 422, 503)},
		{Method: http.MethodPost, Path: "/api/v1/analyses/quote", OperationID: "quoteAnalysis", Handler: s.handleQuote, Middleware: mw, Action: ActionCreate, Summary: "Check an upload and estimate its cost",
			Description: "Same body as createAnalysis; nothing is stored or held.", Tags: tags, Auth: auth, RequestContentType: "multipart/form-data",
			Responses: problems(map[int]openapi.Response{200: {Description: "Quote", Body: Quote{Notes: []string{}}}}, 400, 413, 422, 503)},
		{Method: http.MethodGet, Path: "/api/v1/analyses", OperationID: "listAnalyses", Handler: s.handleList, Middleware: mw, Action: ActionRead, Summary: "History of the workspace's analyses, newest first",
			Tags: tags, Auth: auth, Query: []openapi.Param{{Name: "project", Type: "string", Description: "only this project key"}, {Name: "cursor", Type: "string"}, {Name: "limit", Type: "integer", Description: "1-100, default 20"}},
			Responses: problems(map[int]openapi.Response{200: {Description: "Page of analyses", Body: page}}, 422)},
		{Method: http.MethodGet, Path: "/api/v1/dashboard", OperationID: "getDashboard", Handler: s.handleDashboard, Middleware: mw, Action: ActionRead, Summary: "The acting workspace at a glance: open critical/high per project, 30-day trend, recent analyses",
			Description: "Each project counts by its latest completed analysis; the trend gives, per UTC day, the sum over projects of their latest analysis completed by the end of that day. `setup` (the instance checklist) is only present for workspace admins and owners.",
			Tags:        tags, Auth: auth, Responses: problems(map[int]openapi.Response{200: {Description: "Dashboard", Body: Dashboard{Projects: []ProjectStatus{}, Trend: []TrendPoint{}, Recent: []AnalysisView{}, Setup: []SetupCheck{}}}})},
		{Method: http.MethodGet, Path: "/api/v1/analyses/:id", OperationID: "getAnalysis", Handler: s.handleGet, Middleware: mw, Action: ActionRead, Summary: "One analysis: status, counts by severity, score, cost",
			Tags: tags, Auth: auth, Responses: problems(map[int]openapi.Response{200: {Description: "Analysis", Body: AnalysisView{}}})},
		{Method: http.MethodGet, Path: "/api/v1/analyses/:id/workspace", OperationID: "getAnalysisWorkspace", Handler: s.handleWorkspaceOf, Middleware: mw, Action: ActionRead, Summary: "Which of the caller's workspaces holds an analysis",
			Description: "Whatever workspace the request acts in: for a link that does not name its workspace (an old bookmark to an analysis), so the web app can switch there. Answers 404, as getAnalysis does, when the analysis does not exist or is in a workspace the caller may not read (an API key reads only its own workspace).",
			Tags:        tags, Auth: auth, Responses: problems(map[int]openapi.Response{200: {Description: "The workspace", Body: AnalysisWorkspace{ID: "0190...", Name: "Blue team"}}})},
		{Method: http.MethodGet, Path: "/api/v1/analyses/:id/events", OperationID: "analysisEvents", Handler: s.handleEvents, Middleware: mw, Action: ActionRead, Summary: "Live progress (Server-Sent Events)",
			Description: "Each `progress` event carries phase, status, files_scanned, files_total, findings and cost_credits; its id is a sequence number: reconnect with Last-Event-ID to resume. Besides one event per phase, the scanning phase sends its files_scanned count at most every 250 ms while it changes. The stream ends after completed, failed or canceled.",
			Tags:        tags, Auth: auth, Query: []openapi.Param{{Name: "last_event_id", Type: "integer", Description: "alternative to the Last-Event-ID header"}},
			Responses: problems(map[int]openapi.Response{200: {Description: "Event stream", ContentType: "text/event-stream"}}, 422)},
		{Method: http.MethodPost, Path: "/api/v1/analyses/:id/cancel", OperationID: "cancelAnalysis", Handler: s.handleCancel, Middleware: mw, Action: ActionCreate, Summary: "Cancel a queued or running analysis; unused credits are released",
			Tags: tags, Auth: auth, Responses: problems(map[int]openapi.Response{200: {Description: "Canceled analysis", Body: AnalysisView{}}}, 409)},
		{Method: http.MethodGet, Path: "/api/v1/analyses/:id/findings", OperationID: "listFindings", Handler: s.handleFindings, Middleware: mw, Action: ActionRead, Summary: "Findings with server-side filters, sort and cursor pagination",
			Description: "Items are lean by default: what a table, its filters, grouping and bulk triage need. The heavy fields of a finding (`context`, `trace`, `remediation`, `references`, and the AI's `explanation` and `fix_diff`) come from getFinding, or here with `include=details`, which makes each item a FindingView. Fields keep their names in both shapes. `extra` is the same in both shapes and in getFinding: always an object ({} when there are none), with the scanner's short details and `file_kind` (the kind of file the finding is in; absent for findings stored before files were classified).",
			Tags:        tags, Auth: auth, Query: findingQuery, Responses: problems(map[int]openapi.Response{200: {Description: "Page of findings", Body: fpage}}, 422)},
		{Method: http.MethodGet, Path: "/api/v1/analyses/:id/summary", OperationID: "summarizeAnalysis", Handler: s.handleSummary, Middleware: mw, Action: ActionRead, Summary: "Counts over all findings by severity, CWE, OWASP category, rule and file",
			Description: "Aggregated in the database over every finding of the analysis (not a page). Each breakdown lists its top buckets by count, `other` (the sum of the buckets left out) and `distinct` (how many keys in all); findings without a CWE or OWASP category count under \"(none)\", and a finding with several counts once under each.",
			Tags:        tags, Auth: auth, Query: []openapi.Param{
				{Name: "scope", Type: "string", Description: "open (default: neither suppressed nor triaged, what the score counts) or all"},
				{Name: "top", Type: "integer", Description: "buckets kept per breakdown, 1-100, default 10"},
				{Name: "file_kind", Type: "string", Description: "as the findings list's file_kind: production, test, example, docs, benchmark or vendored; all or empty (the default, as for the list): every file"},
			},
			Responses: problems(map[int]openapi.Response{200: {Description: "Summary", Body: summaryExample}}, 422)},
		{Method: http.MethodGet, Path: "/api/v1/analyses/:id/compare", OperationID: "compareAnalysis", Handler: s.handleCompare, Middleware: mw, Action: ActionRead, Summary: "New, fixed and unchanged findings versus the previous analysis of the same project",
			Tags: tags, Auth: auth, Responses: problems(map[int]openapi.Response{200: {Description: "Comparison", Body: Comparison{}}})},
		{Method: http.MethodDelete, Path: "/api/v1/analyses/:id", OperationID: "deleteAnalysis", Handler: s.handleDelete, Middleware: mw, Action: ActionDelete, Summary: "Delete an analysis, its findings and its source",
			Tags: tags, Auth: auth, Responses: problems(map[int]openapi.Response{204: {Description: "Deleted"}})},
		{Method: http.MethodGet, Path: "/api/v1/findings/:id", OperationID: "getFinding", Handler: s.handleFinding, Middleware: mw, Action: ActionRead, Summary: "One finding: code, trace, AI verdict and fix, triage history",
			Tags: tags, Auth: auth, Responses: problems(map[int]openapi.Response{200: {Description: "Finding", Body: FindingView{}}})},
		{Method: http.MethodGet, Path: "/api/v1/findings/:id/workspace", OperationID: "getFindingWorkspace", Handler: s.handleWorkspaceOfFinding, Middleware: mw, Action: ActionRead, Summary: "Which of the caller's workspaces holds a finding",
			Description: "As getAnalysisWorkspace, for a link to a finding that does not name its workspace. Answers 404, as getFinding does, when the finding does not exist or is in a workspace the caller may not read (an API key reads only its own workspace).",
			Tags:        tags, Auth: auth, Responses: problems(map[int]openapi.Response{200: {Description: "The workspace", Body: AnalysisWorkspace{ID: "0190...", Name: "Blue team"}}})},
		{Method: http.MethodPatch, Path: "/api/v1/findings/:id", OperationID: "triageFinding", Handler: s.handleTriage, Middleware: mw, Action: ActionTriage, Summary: "Triage a finding (sticks to its fingerprint in the project, audited)",
			Tags: tags, Auth: auth, Request: TriageRequest{State: "false_positive", Reason: "test fixture"},
			Responses: problems(map[int]openapi.Response{200: {Description: "Updated finding", Body: FindingView{}}}, 400, 422)},
		{Method: http.MethodPost, Path: "/api/v1/analyses/:id/triage", OperationID: "triageFindings", Handler: s.handleBulkTriage, Middleware: mw, Action: ActionTriage, Summary: "Triage several findings of an analysis with one decision and one reason",
			Description: "All or none, at most 500 findings, each audited. Like a single decision it sticks to the fingerprints in the project: counts, score and grade of every completed analysis of the project are recomputed.",
			Tags:        tags, Auth: auth, Request: BulkTriageRequest{FindingIDs: []string{"0190..."}, State: "accepted_risk", Reason: "internal tool, no user input"},
			Responses: problems(map[int]openapi.Response{200: {Description: "How many findings the decision covers, and the recounted analysis", Body: BulkTriageResult{}}}, 400, 422)},
	}
	ts := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	models := []config.AIModel{{Name: "gpt-4o-mini", Tier: "fast", InputPrice: 0.15, OutputPrice: 0.6, Context: 128000}}
	prov := AIProviderView{ID: "0190...", Name: "openai", Kind: "openai", KeyLast4: "x9Qa", HasKey: true, Models: models, CreatedAt: ts, LastValidatedAt: &ts}
	aiTags := []string{"ai"}
	ops = append(ops,
		openapi.Route{Method: http.MethodGet, Path: "/api/v1/workspaces/:id/ai-providers", OperationID: "listWorkspaceAIProviders", Handler: s.handleAIProviders, Middleware: mw, Action: ActionManageAI,
			Summary: "The workspace's own AI provider keys (bring your own); keys are never returned, only their last 4 characters",
			Tags:    aiTags, Auth: auth, Responses: problems(map[int]openapi.Response{200: {Description: "Providers", Body: AIProviderList{Items: []AIProviderView{prov}, Note: ownKeysNote}}})},
		openapi.Route{Method: http.MethodPost, Path: "/api/v1/workspaces/:id/ai-providers", OperationID: "addWorkspaceAIProvider", Handler: s.handleAddAIProvider, Middleware: mw, Action: ActionManageAI,
			Summary: "Add a provider key for the workspace's analyses (owner or admin)",
			Description: "The key is checked first with a call that costs no tokens (listing the provider's models) through the SSRF-guarded client: " +
				"base_url may not point at loopback, private, link-local or other internal addresses unless the operator allow-listed them (VIGIL_OUTBOUND_ALLOW). " +
				"Stored encrypted; analyses of the workspace then use only its own providers, billed by the provider: no AI credits are charged.",
			Tags: aiTags, Auth: auth,
			Request: AIProviderRequest{Name: "openai", Kind: "openai", APIKey: "sk-...", Models: models},
			Responses: problems(map[int]openapi.Response{201: {Description: "Stored (without the key)", Body: prov},
				409: {Description: "A provider of that name exists, or the workspace has 10"}, 415: {Description: "Body is not JSON"}}, 400, 422, 503)},
		openapi.Route{Method: http.MethodDelete, Path: "/api/v1/workspaces/:id/ai-providers/:provider_id", OperationID: "removeWorkspaceAIProvider", Handler: s.handleRemoveAIProvider, Middleware: mw, Action: ActionManageAI,
			Summary: "Remove one of the workspace's provider keys (owner or admin)",
			Tags:    aiTags, Auth: auth, Responses: problems(map[int]openapi.Response{204: {Description: "Removed"}})},
		openapi.Route{Method: http.MethodGet, Path: "/api/v1/admin/ai/health", OperationID: "instanceAIHealth", Handler: s.handleAIHealth, Middleware: adminMW,
			Summary: "Instance AI providers: circuit breaker state, recent errors and latency on the replica that answers (instance administrators)",
			Tags:    []string{"admin"}, Auth: auth,
			Responses: problems(map[int]openapi.Response{200: {Description: "Health", Body: AIHealth{Status: cortex.Status{Configured: true, Message: "AI review enabled: 1 of 1 providers available"},
				Providers: []cortex.ProviderHealth{{Name: "openai", Kind: "openai", Breaker: "closed", Calls: 120, Failures: 2, LastError: "HTTP 429", LastErrorAt: ts,
					RecentErrors: []cortex.ErrorEvent{{At: ts, Message: "HTTP 429"}}, AvgLatencyMS: 850.5, P95LatencyMS: 2300, Models: []string{"gpt-4o-mini"}}}}}})},
	)
	formats := make([]string, 0, len(reportFormats))
	for f := range reportFormats {
		formats = append(formats, f)
	}
	sort.Strings(formats)
	for _, f := range formats {
		codes := []int{409}
		if f == "pdf" {
			codes = append(codes, 503)
		}
		ops = append(ops, openapi.Route{Method: http.MethodGet, Path: "/api/v1/analyses/:id/report." + f, OperationID: "report" + f,
			Handler: s.handleReport(f), Middleware: mw, Action: ActionRead,
			Summary: "Export the report as " + f, Description: "Triaged findings are kept and marked suppressed. 409 until the analysis has completed." + map[bool]string{true: " Printed by headless Chromium; 503 when the server has none.", false: ""}[f == "pdf"],
			Tags: tags, Auth: auth, Responses: problems(map[int]openapi.Response{200: {Description: "Report", ContentType: reportFormats[f]}}, codes...)})
	}
	return ops
}
