package credits

import (
	"github.com/labstack/echo/v4"

	"vigil/platform/openapi"
)

// Routes is the module's route table: each route declared once, with its
// handler, middleware, types and documentation.
// The server registers and documents the table in one call:
// srv.Mount(svc.Routes()...).
func (s *Service) Routes() []openapi.Route {
	auth := []string{"cookie", "apiKey"}
	tags := []string{"credits"}
	return []openapi.Route{
		{Method: "GET", Path: "/api/v1/credits", OperationID: "getCredits", Handler: s.handleBalance, Action: ActionRead, Summary: "Balance of the workspace",
			Description: "Balance, the part held by running analyses and what is available. Opens the account (with the sign-up grant) on first use.",
			Tags:        tags, Auth: auth, Responses: map[int]openapi.Response{200: {Description: "The balance", Body: Balance{}}}},
		{Method: "GET", Path: "/api/v1/credits/ledger", OperationID: "listLedger", Handler: s.handleLedger, Action: ActionRead, Summary: "Ledger entries, newest first",
			Tags: tags, Auth: auth, Query: []openapi.Param{
				{Name: "cursor", Type: "string", Description: "next_cursor of the previous page"},
				{Name: "limit", Type: "integer", Description: "1 to 200, default 50"}},
			Responses: map[int]openapi.Response{200: {Description: "One page", Body: LedgerPage{}}}},
		{Method: "GET", Path: "/api/v1/credits/packs", OperationID: "listPacks", Handler: s.handlePacks, Action: ActionRead, Summary: "Credit packs for sale",
			Description: "Empty when billing is off.", Tags: tags, Auth: auth,
			Responses: map[int]openapi.Response{200: {Description: "The packs", Body: PacksResponse{}}}},
		{Method: "POST", Path: "/api/v1/credits/quote", OperationID: "quoteCredits", Handler: s.handleQuote, Action: ActionRead, Summary: "Price an analysis",
			Tags: tags, Auth: auth, Request: QuoteRequest{},
			Responses: map[int]openapi.Response{200: {Description: "Min–max credits with a breakdown", Body: QuoteResult{}}, 422: {Description: "Invalid input"}}},
		{Method: "POST", Path: "/api/v1/credits/grants", OperationID: "grantCredits", Handler: s.handleGrant, Middleware: []echo.MiddlewareFunc{s.instanceAdmin()}, Summary: "Grant or revoke credits (instance admins)",
			Tags: tags, Auth: auth, Request: GrantRequest{},
			Responses: map[int]openapi.Response{200: {Description: "Applied, or already applied for this idempotency key", Body: GrantResponse{}}, 403: {Description: "Not an instance administrator, or an API key without the admin scope"},
				404: {Description: "No such workspace"}}},
		{Method: "POST", Path: "/api/v1/credits/checkout", OperationID: "startCheckout", Handler: s.handleCheckout, Action: ActionPurchase, Summary: "Buy a credit pack",
			Description: "Opens a Stripe Checkout Session for the pack and returns its URL. Credits arrive when Stripe's webhook confirms payment; the amount is the pack's, from configuration.",
			Tags:        tags, Auth: auth, Request: CheckoutRequest{},
			Responses: map[int]openapi.Response{201: {Description: "Where to pay", Body: CheckoutResponse{}}, 409: {Description: "Billing is off"},
				422: {Description: "Unknown pack"}, 503: {Description: "Stripe did not answer; nothing was charged"}}},
		// :ref, not :id: a Stripe session id or a checkout id (see checkInput).
		{Method: "GET", Path: "/api/v1/credits/checkout/:ref", OperationID: "getCheckout", Handler: s.handleCheckoutStatus, Action: ActionRead, Summary: "One purchase and the balance",
			Description: "ref is the Stripe session id (as in the success URL) or the checkout id. status is open, pending, paid, expired or failed.",
			Tags:        tags, Auth: auth,
			Responses: map[int]openapi.Response{200: {Description: "The purchase", Body: CheckoutStatus{}}, 404: {Description: "No such purchase in this workspace"}}},
		{Method: "GET", Path: "/api/v1/credits/checkouts", OperationID: "listCheckouts", Handler: s.handleCheckouts, Action: ActionRead, Summary: "Purchases with receipts, newest first",
			Tags: tags, Auth: auth, Responses: map[int]openapi.Response{200: {Description: "The last 100 purchases", Body: CheckoutsPage{}}}},
		{Method: "POST", Path: "/api/v1/webhooks/stripe", OperationID: "stripeWebhook", Handler: s.handleStripeWebhook, Summary: "Stripe events",
			Description: "Authenticated by the Stripe-Signature header only. Credits paid checkouts once, posts refunds and disputes as negative entries; replays are acknowledged and change nothing.",
			Tags:        []string{"webhooks"},
			Responses: map[int]openapi.Response{200: {Description: "Handled (or a replay)"}, 400: {Description: "Bad signature, stale timestamp or unknown session"},
				404: {Description: "Webhooks not configured"}}},
	}
}
