package credits

import (
	"context"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"vigil/modules/credits/internal/store"
	"vigil/platform/config"
	"vigil/platform/errs"
	"vigil/platform/httpserver"
	"vigil/platform/principal"
)

// authorize checks action in the request's workspace and returns it.
func (s *Service) authorize(ctx context.Context, action string) (*principal.Principal, error) {
	p, _ := principal.From(ctx)
	if p == nil {
		return nil, errs.New(errs.KindUnauthorized, "sign in or send an API key")
	}
	if s.d.Authorizer == nil {
		return nil, errs.New(errs.KindForbidden, "credits: no authorizer configured")
	}
	if err := s.d.Authorizer.Can(ctx, p, p.WorkspaceID, action); err != nil {
		return nil, err
	}
	return p, nil
}

func (s *Service) handleBalance(c echo.Context) error {
	ctx := c.Request().Context()
	p, err := s.authorize(ctx, ActionRead)
	if err != nil {
		return err
	}
	b, err := s.Balance(ctx, p.WorkspaceID)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, b)
}

// LedgerPage is one page of GET /api/v1/credits/ledger.
type LedgerPage struct {
	Entries    []store.Entry `json:"entries"`
	NextCursor string        `json:"next_cursor,omitempty"`
}

func (s *Service) handleLedger(c echo.Context) error {
	ctx := c.Request().Context()
	p, err := s.authorize(ctx, ActionRead)
	if err != nil {
		return err
	}
	limit := 50
	if v := c.QueryParam("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 200 {
			return errs.Invalid("invalid limit", errs.FieldError{Field: "limit", Message: "must be a whole number from 1 to 200"})
		}
		limit = n
	}
	cursor, err := httpserver.QueryID(c, "cursor") // an entry id
	if err != nil {
		return err
	}
	if err := s.open(ctx, p.WorkspaceID); err != nil {
		return err
	}
	es, next, err := s.Ledger(ctx, p.WorkspaceID, cursor, limit)
	if err != nil {
		return err
	}
	if es == nil {
		es = []store.Entry{}
	}
	return c.JSON(http.StatusOK, LedgerPage{Entries: es, NextCursor: next})
}

// PacksResponse lists the purchasable packs.
type PacksResponse struct {
	BillingEnabled bool                `json:"billing_enabled"`
	Packs          []config.CreditPack `json:"packs"`
}

func (s *Service) handlePacks(c echo.Context) error {
	if _, err := s.authorize(c.Request().Context(), ActionRead); err != nil {
		return err
	}
	packs := s.d.Config.Credits.Packs
	if !s.billing || packs == nil {
		packs = []config.CreditPack{}
	}
	return c.JSON(http.StatusOK, PacksResponse{BillingEnabled: s.billing, Packs: packs})
}

// QuoteRequest is the body of POST /api/v1/credits/quote.
type QuoteRequest struct {
	Tier     string  `json:"tier" validate:"required,oneof=static standard deep"`
	Lines    int64   `json:"lines" validate:"gte=0"`
	AIMinUSD float64 `json:"ai_min_usd" validate:"gte=0"`
	AIMaxUSD float64 `json:"ai_max_usd" validate:"gte=0"`
}

func (s *Service) handleQuote(c echo.Context) error {
	if _, err := s.authorize(c.Request().Context(), ActionRead); err != nil {
		return err
	}
	var req QuoteRequest
	if err := httpserver.Bind(c, &req); err != nil {
		return err
	}
	q, err := s.quote(req.Tier, req.Lines, req.AIMinUSD, req.AIMaxUSD)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, q)
}

// GrantRequest is the body of POST /api/v1/credits/grants (instance admins).
type GrantRequest struct {
	WorkspaceID string `json:"workspace_id" validate:"required"`
	Amount      int64  `json:"amount" validate:"required,ne=0"`
	Reason      string `json:"reason" validate:"required,min=3,max=500"`
	// IdempotencyKey makes a retried request grant once.
	IdempotencyKey string `json:"idempotency_key" validate:"max=200"`
}

// GrantResponse says whether the grant was applied now.
type GrantResponse struct {
	Applied bool    `json:"applied"`
	Balance Balance `json:"balance"`
}

func (s *Service) handleGrant(c echo.Context) error {
	ctx := c.Request().Context()
	// The route's InstanceAdmin middleware has admitted an instance
	// administrator (with the admin scope, for an API key).
	p, ok := principal.From(ctx)
	if !ok {
		return errs.New(errs.KindUnauthorized, "sign in or send an API key")
	}
	var req GrantRequest
	if err := httpserver.Bind(c, &req); err != nil {
		return err
	}
	key := ""
	if req.IdempotencyKey != "" {
		key = "admin:" + req.WorkspaceID + ":" + req.IdempotencyKey
	}
	applied, err := s.AdminGrant(ctx, req.WorkspaceID, req.Amount, key, req.Reason+" (by "+p.Email+")")
	if err != nil {
		return err
	}
	b, err := s.Balance(ctx, req.WorkspaceID)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, GrantResponse{Applied: applied, Balance: b})
}
