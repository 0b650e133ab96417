package credits

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/labstack/echo/v4"
	dto "github.com/prometheus/client_model/go"
	"github.com/stripe/stripe-go/v81"
	"github.com/stripe/stripe-go/v81/webhook"

	"vigil/modules/credits/internal/store"
	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/errs"
	"vigil/platform/httpserver"
	"vigil/platform/logging/logtest"
	"vigil/platform/principal"
)

const testWebhookSecret = "whsec_vigil_test_secret"

// allowAll is the authorizer of these tests; auth's own matrix tests cover
// who may buy.
type allowAll struct{}

func (allowAll) Can(context.Context, *principal.Principal, string, string) error { return nil }

// billingEnv is a billing-enabled service talking to stripeURL, served by
// the real platform HTTP server.
type billingEnv struct {
	t   *testing.T
	s   *Service
	srv *httptest.Server
	log *logtest.Buffer
}

func newBillingEnv(t *testing.T, db *database.DB, stripeURL string, clock func() time.Time) *billingEnv {
	t.Helper()
	cfg := config.Default()
	cfg.BaseURL = "https://vigil.example.com"
	cfg.Billing = "on"
	cfg.Credits.SignupGrant = 10
	cfg.Stripe = config.Stripe{SecretKey: "sk_test_vigil", WebhookSecret: testWebhookSecret, APIURL: stripeURL}
	logs := &logtest.Buffer{}
	log := slog.New(slog.NewJSONHandler(logs, nil))
	s, err := New(Deps{DB: db, Config: cfg, Authorizer: allowAll{}, Logger: log, Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	hs, err := httpserver.New(httpserver.Options{Logger: log, BaseURL: cfg.BaseURL})
	if err != nil {
		t.Fatal(err)
	}
	hs.Mount(s.Routes()...)
	srv := httptest.NewServer(hs.Echo())
	t.Cleanup(srv.Close)
	return &billingEnv{t: t, s: s, srv: srv, log: logs}
}

// buyer is a principal in a fresh workspace.
func buyer() *principal.Principal {
	return &principal.Principal{UserID: ws(), Email: "buyer@example.com", WorkspaceID: ws(), Role: "owner"}
}

// event builds a Stripe event of typ around obj.
func event(id string, typ stripe.EventType, obj map[string]any) []byte {
	raw, _ := json.Marshal(obj)
	b, _ := json.Marshal(map[string]any{
		"id": id, "object": "event", "type": typ, "api_version": stripe.APIVersion, "created": time.Now().Unix(),
		"data": map[string]any{"object": json.RawMessage(raw)},
	})
	return b
}

func session(id, checkoutID, paymentStatus string, amount int64) map[string]any {
	return map[string]any{"id": id, "object": "checkout.session", "status": "complete", "payment_status": paymentStatus,
		"amount_total": amount, "currency": "usd", "payment_intent": "pi_" + id, "client_reference_id": checkoutID,
		"metadata": map[string]string{"checkout_id": checkoutID}}
}

// deliver posts payload to the webhook signed with secret at time at, and
// returns the status code.
func (e *billingEnv) deliver(payload []byte, secret string, at time.Time) int {
	e.t.Helper()
	sp := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: payload, Secret: secret, Timestamp: at})
	req, _ := http.NewRequest(http.MethodPost, e.srv.URL+"/api/v1/webhooks/stripe", bytes.NewReader(sp.Payload))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Stripe-Signature", sp.Header)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	_ = resp.Body.Close()
	return resp.StatusCode
}

func (e *billingEnv) ok(payload []byte) {
	e.t.Helper()
	if code := e.deliver(payload, testWebhookSecret, time.Now()); code != http.StatusOK {
		e.t.Fatalf("webhook answered %d, want 200; logs:\n%s", code, e.log.String())
	}
}

func (e *billingEnv) balance(w string) int64 {
	e.t.Helper()
	b, err := e.s.Balance(context.Background(), w)
	if err != nil {
		e.t.Fatal(err)
	}
	return b.Balance
}

func (e *billingEnv) entries(w, kind string) int {
	e.t.Helper()
	es, _, err := e.s.Ledger(context.Background(), w, "", 200)
	if err != nil {
		e.t.Fatal(err)
	}
	n := 0
	for _, en := range es {
		if en.Kind == kind {
			n++
		}
	}
	return n
}

// start buys the starter pack (100 credits, $10) through stripe-mock.
func (e *billingEnv) start(p *principal.Principal) CheckoutResponse {
	e.t.Helper()
	res, err := e.s.StartCheckout(context.Background(), p, "starter")
	if err != nil {
		e.t.Fatalf("start checkout: %v", err)
	}
	if !strings.HasPrefix(res.SessionID, "cs_") || res.URL == "" || res.CheckoutID == "" {
		e.t.Fatalf("checkout response: %+v", res)
	}
	return res
}

func TestCheckoutCreditsOnceUnderReplays(t *testing.T) {
	mock := stripeMockURL(t)
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		e := newBillingEnv(t, db, mock, nil)
		p := buyer()
		res := e.start(p)

		st, err := e.s.CheckoutStatus(context.Background(), p.WorkspaceID, res.SessionID)
		if err != nil || st.Checkout.Status != store.CheckoutOpen || st.Checkout.Credits != 100 || st.Balance.Balance != 10 {
			t.Fatalf("before payment: %+v %v", st, err)
		}
		if _, err := e.s.CheckoutStatus(context.Background(), ws(), res.SessionID); errs.KindOf(err) != errs.KindNotFound {
			t.Fatalf("another workspace must not see the purchase: %v", err)
		}

		// The client cannot choose the amount: the session says $9,999.99,
		// the pack (and our record) says 100 credits.
		completed := event("evt_completed_"+res.CheckoutID, stripe.EventTypeCheckoutSessionCompleted, session(res.SessionID, res.CheckoutID, "paid", 999999))
		for range 5 {
			e.ok(completed)
		}
		// A second event type for the same payment, delivered later.
		e.ok(event("evt_async_"+res.CheckoutID, stripe.EventTypeCheckoutSessionAsyncPaymentSucceeded, session(res.SessionID, res.CheckoutID, "paid", 1000)))
		if got := e.balance(p.WorkspaceID); got != 110 {
			t.Fatalf("balance after 6 deliveries = %d, want 110 (10 + 100 once)", got)
		}
		if n := e.entries(p.WorkspaceID, KindPurchase); n != 1 {
			t.Fatalf("%d purchase entries, want 1", n)
		}
		st, _ = e.s.CheckoutStatus(context.Background(), p.WorkspaceID, res.CheckoutID)
		if st.Checkout.Status != store.CheckoutPaid || st.Checkout.CreditedAt == nil {
			t.Fatalf("after payment: %+v", st.Checkout)
		}
		checkBalanced(t, e.s)
	})
}

func TestWebhookOutOfOrderAndConcurrent(t *testing.T) {
	mock := stripeMockURL(t)
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		e := newBillingEnv(t, db, mock, nil)
		p := buyer()
		res := e.start(p)

		// An asynchronous payment: "succeeded" arrives before "completed
		// (unpaid)", and the late "completed" must not move it back.
		e.ok(event("evt_a1", stripe.EventTypeCheckoutSessionAsyncPaymentSucceeded, session(res.SessionID, res.CheckoutID, "paid", 1000)))
		e.ok(event("evt_a2", stripe.EventTypeCheckoutSessionCompleted, session(res.SessionID, res.CheckoutID, "unpaid", 1000)))
		st, _ := e.s.CheckoutStatus(context.Background(), p.WorkspaceID, res.SessionID)
		if st.Checkout.Status != store.CheckoutPaid || e.balance(p.WorkspaceID) != 110 {
			t.Fatalf("out of order: %+v balance %d", st.Checkout, e.balance(p.WorkspaceID))
		}

		// Concurrent deliveries of different events for one new payment:
		// Stripe retries anything that is not 2xx, so retry until all are
		// acknowledged, then exactly one credit must exist.
		res2 := e.start(p)
		var wg sync.WaitGroup
		payloads := make([][]byte, 8)
		for i := range payloads {
			typ := stripe.EventTypeCheckoutSessionCompleted
			if i%2 == 1 {
				typ = stripe.EventTypeCheckoutSessionAsyncPaymentSucceeded
			}
			payloads[i] = event(fmt.Sprintf("evt_c%d_%s", i, res2.CheckoutID), typ, session(res2.SessionID, res2.CheckoutID, "paid", 1000))
		}
		codes := make([]int, len(payloads))
		for i := range payloads {
			wg.Add(1)
			go func() {
				defer wg.Done()
				codes[i] = e.deliver(payloads[i], testWebhookSecret, time.Now())
			}()
		}
		wg.Wait()
		for i, c := range codes {
			if c != http.StatusOK {
				e.ok(payloads[i]) // Stripe's retry
			}
		}
		if got := e.balance(p.WorkspaceID); got != 210 {
			t.Fatalf("balance = %d, want 210", got)
		}
		if n := e.entries(p.WorkspaceID, KindPurchase); n != 2 {
			t.Fatalf("%d purchase entries, want 2", n)
		}
		checkBalanced(t, e.s)
	})
}

func TestWebhookRefusals(t *testing.T) {
	mock := stripeMockURL(t)
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		e := newBillingEnv(t, db, mock, nil)
		p := buyer()
		res := e.start(p)
		paid := event("evt_r_"+res.CheckoutID, stripe.EventTypeCheckoutSessionCompleted, session(res.SessionID, res.CheckoutID, "paid", 1000))
		cases := []struct {
			name    string
			payload []byte
			secret  string
			at      time.Time
		}{
			{"wrong signature", paid, "whsec_someone_else", time.Now()},
			{"stale timestamp", paid, testWebhookSecret, time.Now().Add(-10 * time.Minute)},
			{"unknown session", event("evt_unknown", stripe.EventTypeCheckoutSessionCompleted, session("cs_test_unknown", ws(), "paid", 1000)), testWebhookSecret, time.Now()},
			{"unknown session without metadata", event("evt_unknown2", stripe.EventTypeCheckoutSessionCompleted,
				map[string]any{"id": "cs_test_nometa", "object": "checkout.session", "payment_status": "paid"}), testWebhookSecret, time.Now()},
			{"another session's checkout id", event("evt_steal", stripe.EventTypeCheckoutSessionCompleted, session("cs_test_other", res.CheckoutID, "paid", 1000)), testWebhookSecret, time.Now()},
		}
		for _, tc := range cases {
			if code := e.deliver(tc.payload, tc.secret, tc.at); code != http.StatusBadRequest {
				t.Errorf("%s: status %d, want 400", tc.name, code)
			}
		}
		if got := e.balance(p.WorkspaceID); got != 10 {
			t.Fatalf("refused events changed the balance: %d", got)
		}
		if !strings.Contains(e.log.String(), "refused a Stripe webhook") || !strings.Contains(e.log.String(), "unknown checkout session") {
			t.Fatalf("refusals must be logged:\n%s", e.log.String())
		}
		// A refused event was not recorded: once it verifies, it applies.
		e.ok(paid)
		if got := e.balance(p.WorkspaceID); got != 110 {
			t.Fatalf("balance = %d, want 110", got)
		}
		// An unpaid completion credits nothing and shows as pending.
		res2 := e.start(p)
		e.ok(event("evt_unpaid", stripe.EventTypeCheckoutSessionCompleted, session(res2.SessionID, res2.CheckoutID, "unpaid", 1000)))
		st, _ := e.s.CheckoutStatus(context.Background(), p.WorkspaceID, res2.SessionID)
		if st.Checkout.Status != store.CheckoutPending || e.balance(p.WorkspaceID) != 110 {
			t.Fatalf("unpaid: %+v balance %d", st.Checkout, e.balance(p.WorkspaceID))
		}
		e.ok(event("evt_failed", stripe.EventTypeCheckoutSessionAsyncPaymentFailed, session(res2.SessionID, res2.CheckoutID, "unpaid", 1000)))
		st, _ = e.s.CheckoutStatus(context.Background(), p.WorkspaceID, res2.SessionID)
		if st.Checkout.Status != store.CheckoutFailed || e.balance(p.WorkspaceID) != 110 {
			t.Fatalf("failed: %+v", st.Checkout)
		}
	})
}

func charge(id, pi string, amount, refunded int64) map[string]any {
	return map[string]any{"id": id, "object": "charge", "amount": amount, "amount_refunded": refunded, "payment_intent": pi,
		"receipt_url": "https://pay.stripe.com/receipts/" + id}
}

func dispute(id, pi string, amount int64, status string) map[string]any {
	return map[string]any{"id": id, "object": "dispute", "amount": amount, "payment_intent": pi, "status": status, "charge": "ch_" + pi}
}

func TestRefundsAndDisputes(t *testing.T) {
	mock := stripeMockURL(t)
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		e := newBillingEnv(t, db, mock, nil)
		p := buyer()
		res := e.start(p)
		pi := "pi_" + res.SessionID
		e.ok(event("evt_pay", stripe.EventTypeCheckoutSessionCompleted, session(res.SessionID, res.CheckoutID, "paid", 1000)))
		e.ok(event("evt_ch", stripe.EventTypeChargeSucceeded, charge("ch_1", pi, 1000, 0)))
		st, _ := e.s.CheckoutStatus(ctx, p.WorkspaceID, res.SessionID)
		if st.Checkout.ReceiptURL != "https://pay.stripe.com/receipts/ch_1" {
			t.Fatalf("receipt: %+v", st.Checkout)
		}

		// Half refunded, replayed; then all of it; then the old half again
		// under a new event id (out of order): 100 credits back in total.
		half := event("evt_ref1", stripe.EventTypeChargeRefunded, charge("ch_1", pi, 1000, 500))
		e.ok(half)
		e.ok(half)
		if got := e.balance(p.WorkspaceID); got != 60 {
			t.Fatalf("after half refund = %d, want 60", got)
		}
		e.ok(event("evt_ref2", stripe.EventTypeChargeRefunded, charge("ch_1", pi, 1000, 1000)))
		e.ok(event("evt_ref1_late", stripe.EventTypeChargeRefunded, charge("ch_1", pi, 1000, 500)))
		if got := e.balance(p.WorkspaceID); got != 10 {
			t.Fatalf("after full refund = %d, want 10", got)
		}

		// A dispute on a second purchase whose credits were spent: the
		// balance goes negative and new holds get 402.
		res2 := e.start(p)
		pi2 := "pi_" + res2.SessionID
		e.ok(event("evt_pay2", stripe.EventTypeCheckoutSessionCompleted, session(res2.SessionID, res2.CheckoutID, "paid", 1000)))
		h, err := e.s.Hold(ctx, p.WorkspaceID, 100, "analysis-x")
		if err != nil {
			t.Fatal(err)
		}
		if err := e.s.Settle(ctx, h, 100); err != nil {
			t.Fatal(err)
		}
		created := event("evt_dp1", stripe.EventTypeChargeDisputeCreated, dispute("dp_1", pi2, 1000, "needs_response"))
		e.ok(created)
		e.ok(created)
		if got := e.balance(p.WorkspaceID); got != -90 {
			t.Fatalf("after dispute = %d, want -90", got)
		}
		if _, err := e.s.Hold(ctx, p.WorkspaceID, 1, "analysis-y"); errs.KindOf(err) != errs.KindPaymentRequired {
			t.Fatalf("negative balance must refuse holds with 402, got %v", err)
		}
		e.ok(event("evt_dp1_won", stripe.EventTypeChargeDisputeClosed, dispute("dp_1", pi2, 1000, "won")))
		if got := e.balance(p.WorkspaceID); got != 10 {
			t.Fatalf("after dispute won = %d, want 10", got)
		}
		// "won" before "created" (reordered): nothing withheld in the end.
		e.ok(event("evt_dp2_won", stripe.EventTypeChargeDisputeClosed, dispute("dp_2", pi2, 1000, "won")))
		e.ok(event("evt_dp2", stripe.EventTypeChargeDisputeCreated, dispute("dp_2", pi2, 1000, "needs_response")))
		if got := e.balance(p.WorkspaceID); got != 10 {
			t.Fatalf("reordered dispute = %d, want 10", got)
		}
		// Charges that are not credit purchases are acknowledged and ignored.
		e.ok(event("evt_other", stripe.EventTypeChargeRefunded, charge("ch_x", "pi_not_ours", 500, 500)))
		checkBalanced(t, e.s)
	})
}

// TestConcurrentRefundEvents: Stripe may deliver "half refunded" and "all
// refunded" for one purchase at the same moment (to two replicas); the
// purchase's credits come back once, never one and a half times.
func TestConcurrentRefundEvents(t *testing.T) {
	mock := stripeMockURL(t)
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		e := newBillingEnv(t, db, mock, nil)
		p := buyer()
		for round := range 5 {
			res := e.start(p)
			pi := "pi_" + res.SessionID
			e.ok(event(fmt.Sprintf("evt_pay_%d", round), stripe.EventTypeCheckoutSessionCompleted, session(res.SessionID, res.CheckoutID, "paid", 1000)))
			before := e.balance(p.WorkspaceID)
			var wg sync.WaitGroup
			codes := make([]int, 2)
			for i, refunded := range []int64{500, 1000} {
				wg.Add(1)
				go func() {
					defer wg.Done()
					codes[i] = e.deliver(event(fmt.Sprintf("evt_ref_%d_%d", round, i), stripe.EventTypeChargeRefunded, charge("ch_"+pi, pi, 1000, refunded)), testWebhookSecret, time.Now())
				}()
			}
			wg.Wait()
			for _, code := range codes {
				if code != http.StatusOK {
					// A refused delivery is retried by Stripe: deliver it again.
					t.Logf("a concurrent delivery answered %d (Stripe retries it)", code)
				}
			}
			for i, refunded := range []int64{500, 1000} {
				if codes[i] != http.StatusOK {
					e.ok(event(fmt.Sprintf("evt_ref_%d_%d", round, i), stripe.EventTypeChargeRefunded, charge("ch_"+pi, pi, 1000, refunded)))
				}
			}
			if got := e.balance(p.WorkspaceID); got != before-100 {
				t.Fatalf("round %d: balance %d after refunds, want %d (the pack's 100 credits back once)", round, got, before-100)
			}
		}
		checkBalanced(t, e.s)
	})
}

// fakeStripeSessions speaks Stripe's GET /v1/checkout/sessions list API
// with the given sessions (stripe-mock's list returns fixed fixtures).
func fakeStripeSessions(t *testing.T, sessions ...map[string]any) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet || r.URL.Path != "/v1/checkout/sessions" || r.Header.Get("Authorization") != "Bearer sk_test_vigil" {
			w.WriteHeader(http.StatusNotFound)
			_, _ = io.WriteString(w, `{"error":{"type":"invalid_request_error","message":"unexpected request"}}`)
			return
		}
		if r.URL.Query().Get("created[gte]") == "" {
			w.WriteHeader(http.StatusBadRequest)
			_, _ = io.WriteString(w, `{"error":{"type":"invalid_request_error","message":"created[gte] missing"}}`)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"object": "list", "url": "/v1/checkout/sessions", "has_more": false, "data": sessions})
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestReconcileRepairsLostWebhooksAndCrashes(t *testing.T) {
	mock := stripeMockURL(t)
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		e := newBillingEnv(t, db, mock, nil)
		p := buyer()
		lost := e.start(p) // paid, but its webhook never arrives

		// A crash between Stripe's answer and our database: our record
		// exists (written first) but the session id was never stored.
		now := time.Now().UTC()
		crashed := &store.Checkout{ID: ws(), WorkspaceID: p.WorkspaceID, PackID: "team", Credits: 500, Amount: 4500, Currency: "usd",
			Status: store.CheckoutCreated, CreatedAt: now, UpdatedAt: now}
		if err := e.s.store.CreateCheckout(ctx, crashed); err != nil {
			t.Fatal(err)
		}

		api := fakeStripeSessions(t,
			session(lost.SessionID, lost.CheckoutID, "paid", 1000),
			session("cs_test_crashed", crashed.ID, "paid", 4500),
			session("cs_test_foreign", ws(), "paid", 700),                                      // not ours: skipped
			map[string]any{"id": "cs_test_open", "status": "open", "payment_status": "unpaid"}, // not paid: skipped
		)
		r := newBillingEnv(t, db, api.URL, nil).s
		for i := range 3 {
			n, err := r.Reconcile(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if want := map[int]int{0: 2}[i]; n != want {
				t.Fatalf("run %d fixed %d, want %d", i, n, want)
			}
		}
		if got := e.balance(p.WorkspaceID); got != 610 {
			t.Fatalf("balance = %d, want 610", got)
		}
		// The late webhook changes nothing.
		e.ok(event("evt_late", stripe.EventTypeCheckoutSessionCompleted, session(lost.SessionID, lost.CheckoutID, "paid", 1000)))
		e.ok(event("evt_late2", stripe.EventTypeCheckoutSessionCompleted, session("cs_test_crashed", crashed.ID, "paid", 4500)))
		if got := e.balance(p.WorkspaceID); got != 610 {
			t.Fatalf("after late webhooks = %d, want 610", got)
		}
		st, err := e.s.CheckoutStatus(ctx, p.WorkspaceID, "cs_test_crashed")
		if err != nil || st.Checkout.Status != store.CheckoutPaid {
			t.Fatalf("crashed checkout: %+v %v", st, err)
		}
		checkBalanced(t, e.s)
	})
}

func TestCheckoutRefusals(t *testing.T) {
	mock := stripeMockURL(t)
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		e := newBillingEnv(t, db, mock, nil)
		p := buyer()
		if _, err := e.s.StartCheckout(ctx, p, "platinum"); errs.KindOf(err) != errs.KindInvalid {
			t.Fatalf("unknown pack: %v", err)
		}
		off := newService(t, db, 0, false)
		if _, err := off.StartCheckout(ctx, p, "starter"); errs.KindOf(err) != errs.KindConflict {
			t.Fatalf("billing off: %v", err)
		}
		// Stripe unreachable: a clear 503, the purchase marked failed, no credit.
		closed := httptest.NewServer(http.NotFoundHandler())
		closed.Close()
		down := newBillingEnv(t, db, closed.URL, nil)
		if _, err := down.s.StartCheckout(ctx, p, "starter"); errs.KindOf(err) != errs.KindUnavailable {
			t.Fatalf("stripe down: %v", err)
		}
		if got := e.balance(p.WorkspaceID); got != 10 {
			t.Fatalf("balance = %d", got)
		}

		// Over HTTP: the contract shape {"url","session_id"}.
		body := strings.NewReader(`{"pack":"team"}`)
		req := httptest.NewRequest(http.MethodPost, "/api/v1/credits/checkout", body).WithContext(principal.With(ctx, p))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		c := echo.New().NewContext(req, rec)
		if err := e.s.handleCheckout(c); err != nil || rec.Code != http.StatusCreated {
			t.Fatalf("checkout over HTTP: %d %v", rec.Code, err)
		}
		var out map[string]any
		_ = json.Unmarshal(rec.Body.Bytes(), &out)
		if u, _ := out["url"].(string); !strings.HasPrefix(u, "https://") {
			t.Fatalf("url: %v", out)
		}
		if sid, _ := out["session_id"].(string); !strings.HasPrefix(sid, "cs_") {
			t.Fatalf("session_id: %v", out)
		}
	})
}

func TestMonthlyGrant(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		now := time.Date(2026, 11, 30, 23, 0, 0, 0, time.UTC)
		cfg := config.Default()
		cfg.Billing = "on"
		cfg.Stripe.SecretKey = ""
		cfg.Credits.SignupGrant = 0
		cfg.Credits.MonthlyGrant = 25
		s, err := New(Deps{DB: db, Config: cfg, Now: func() time.Time { return now }})
		if err != nil {
			t.Fatal(err)
		}
		a, b := ws(), ws()
		for _, w := range []string{a, b} {
			if _, err := s.Balance(ctx, w); err != nil {
				t.Fatal(err)
			}
		}
		for range 3 {
			if _, err := s.GrantMonthly(ctx); err != nil {
				t.Fatal(err)
			}
		}
		now = now.Add(2 * time.Hour) // December
		if _, err := s.GrantMonthly(ctx); err != nil {
			t.Fatal(err)
		}
		for _, w := range []string{a, b} {
			if bal, _ := s.Balance(ctx, w); bal.Balance != 50 {
				t.Fatalf("workspace %s balance %d, want 50 (one grant per month, rolled over)", w, bal.Balance)
			}
		}
		checkBalanced(t, s)
	})
}

func TestLedgerDriftIsCounted(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		s := newService(t, db, 5, true)
		w := ws()
		if _, err := s.Balance(ctx, w); err != nil {
			t.Fatal(err)
		}
		if err := db.Conn(ctx).Exec(`UPDATE credit_balances SET balance = balance + 7 WHERE workspace_id = ?`, w).Error; err != nil {
			t.Fatal(err)
		}
		n, err := s.CheckLedger(ctx)
		if err != nil || n < 1 {
			t.Fatalf("drift not found: %d %v", n, err)
		}
		var m dto.Metric
		if err := s.metrics.driftFound.Write(&m); err != nil || m.GetCounter().GetValue() < 1 {
			got := m.GetCounter().GetValue()
			t.Fatalf("drift counter = %v", got)
		}
		// Put it back so other tests on this database see a clean ledger.
		_ = db.Conn(ctx).Exec(`UPDATE credit_balances SET balance = balance - 7 WHERE workspace_id = ?`, w).Error
	})
}
