package integrations

import (
	"net/http"
	"time"

	"vigil/platform/openapi"
)

// Routes is the module's route table: each route declared once, with its
// handler, middleware, types and documentation.
// The server registers and documents the table in one call:
// srv.Mount(svc.Routes()...).
func (s *Service) Routes() []openapi.Route {
	auth := []string{"cookie", "apiKey"}
	tags := []string{"notifications"}
	problems := func(m map[int]openapi.Response, codes ...int) map[int]openapi.Response {
		desc := map[int]string{
			400: "Malformed request", 401: "Not signed in", 403: "Only workspace owners and admins (API key scope admin) manage notifications",
			404: "Not found in the caller's workspace", 409: "Name taken, or too many channels", 415: "Body is not JSON",
			422: "Validation failed (field errors)", 503: "Email channels need SMTP on this instance",
		}
		for _, c := range append([]int{401, 403, 404}, codes...) {
			m[c] = openapi.Response{Description: desc[c]}
		}
		return m
	}
	t := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	view := ChannelView{ID: "0190a0a0-0000-7000-8000-000000000000", Name: "Security alerts", Kind: KindWebhook,
		TargetHint: "https://hooks.example.com", Events: EventTypes, Enabled: true, CreatedAt: t, UpdatedAt: t}
	created := view
	created.Secret = "whsec_..."
	delivery := DeliveryView{ID: "0190a0a0-0000-7000-8000-000000000001", Event: EventAnalysisCompleted, Status: "delivered",
		Attempts: 1, ResponseCode: 200, CreatedAt: t, UpdatedAt: t, DeliveredAt: &t}
	enabled := true
	name := "Security alerts"
	events := []string{EventFindingsCriticalHigh}
	base := "/api/v1/integrations/notifications"
	return []openapi.Route{
		{Method: http.MethodGet, Path: base, OperationID: "listNotificationChannels", Handler: s.handleList, Action: ActionManage, Tags: tags, Auth: auth,
			Summary:   "The acting workspace's notification channels (Slack, email, webhooks) and the events they may choose",
			Responses: problems(map[int]openapi.Response{200: {Description: "Channels", Body: ChannelList{Items: []ChannelView{view}, EventTypes: EventTypes}}})},
		{Method: http.MethodPost, Path: base, OperationID: "createNotificationChannel", Handler: s.handleCreate, Action: ActionManage, Tags: tags, Auth: auth,
			Summary: "Add a channel (owner or admin)",
			Description: "kind slack takes the incoming webhook `url`, webhook any http(s) `url`, email an `email` address (needs SMTP). " +
				"URLs go through the SSRF guard (no loopback, private or link-local addresses unless VIGIL_OUTBOUND_ALLOW lists them) and are sealed at rest; " +
				"only the scheme and host are shown again. A webhook answers its signing secret once: each delivery carries " +
				"X-Vigil-Timestamp and X-Vigil-Signature = \"v1=\" + hex(HMAC-SHA256(secret, timestamp + \".\" + body)), X-Vigil-Event and X-Vigil-Delivery. " +
				"Events: " + EventAnalysisCompleted + ", " + EventAnalysisFailed + ", " + EventFindingsCriticalHigh + " (new critical or high findings), " + EventCreditsLow + " (credits nearly spent).",
			Request:   ChannelRequest{Name: name, Kind: KindWebhook, URL: "https://hooks.example.com/vigil", Events: EventTypes, Enabled: &enabled},
			Responses: problems(map[int]openapi.Response{201: {Description: "Created (secret shown this once)", Body: created}}, 400, 409, 415, 422, 503)},
		{Method: http.MethodGet, Path: base + "/:id", OperationID: "getNotificationChannel", Handler: s.handleGet, Action: ActionManage, Tags: tags, Auth: auth,
			Summary: "One channel", Responses: problems(map[int]openapi.Response{200: {Description: "Channel", Body: view}})},
		{Method: http.MethodPatch, Path: base + "/:id", OperationID: "updateNotificationChannel", Handler: s.handleUpdate, Action: ActionManage, Tags: tags, Auth: auth,
			Summary:   "Rename a channel, choose its events, pause it or replace its URL or address (owner or admin)",
			Request:   ChannelPatch{Name: &name, Events: &events, Enabled: &enabled},
			Responses: problems(map[int]openapi.Response{200: {Description: "Channel", Body: view}}, 400, 409, 415, 422)},
		{Method: http.MethodDelete, Path: base + "/:id", OperationID: "deleteNotificationChannel", Handler: s.handleDelete, Action: ActionManage, Tags: tags, Auth: auth,
			Summary: "Remove a channel and its delivery log (owner or admin)", Responses: problems(map[int]openapi.Response{204: {Description: "Removed"}})},
		{Method: http.MethodPost, Path: base + "/:id/test", OperationID: "testNotificationChannel", Handler: s.handleTest, Action: ActionManage, Tags: tags, Auth: auth,
			Summary:     "Send a test event now",
			Description: "One attempt, no retry; the answer is its entry in the delivery log (status delivered or failed, the receiver's response code).",
			Responses:   problems(map[int]openapi.Response{200: {Description: "The test delivery", Body: delivery}})},
		{Method: http.MethodGet, Path: base + "/:id/deliveries", OperationID: "listNotificationDeliveries", Handler: s.handleDeliveries, Action: ActionManage, Tags: tags, Auth: auth,
			Summary: "The channel's delivery log, newest first: status (pending, retrying, delivered, failed), attempts, response code",
			Query: []openapi.Param{{Name: "cursor", Type: "string", Description: "next_cursor of the previous page"},
				{Name: "limit", Type: "integer", Description: "1-100, default 50"}},
			Responses: problems(map[int]openapi.Response{200: {Description: "Deliveries", Body: DeliveryPage{Items: []DeliveryView{delivery}}}})},
	}
}
