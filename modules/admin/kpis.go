package admin

import (
	"context"
	"net/http"
	"slices"
	"sort"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"

	"vigil/platform/errs"
)

// KPI windows: the number of days the overview covers.
const (
	defaultKPIDays = 30
	maxKPIDays     = 365
)

// KPIDay is one UTC day of the instance KPIs.
type KPIDay struct {
	Day      string `json:"day"` // YYYY-MM-DD
	SignUps  int    `json:"sign_ups"`
	SignedIn int    `json:"signed_in"`
	Analyses int    `json:"analyses"`
	// ByTier and ByOutcome split Analyses (outcomes: completed, failed,
	// canceled, in_progress); {} on a day without analyses, never null.
	ByTier         map[string]int `json:"by_tier" openapi:"nonnull"`
	ByOutcome      map[string]int `json:"by_outcome" openapi:"nonnull"`
	CreditsSold    int64          `json:"credits_sold"`
	CreditsSpent   int64          `json:"credits_spent"`
	CreditsGranted int64          `json:"credits_granted"`
	AICostUSD      float64        `json:"ai_cost_usd"`
}

// TierOutcome counts the window's analyses of one tier and outcome.
type TierOutcome struct {
	Tier    string `json:"tier"`
	Outcome string `json:"outcome"`
	Count   int    `json:"count"`
}

// KPITotals sums the window (Users, Admins and Disabled are counts now).
type KPITotals struct {
	Users           int64   `json:"users"`
	Admins          int64   `json:"admins"`
	Disabled        int64   `json:"disabled"`
	SignUps         int     `json:"sign_ups"`
	ActiveUsers     int     `json:"active_users"`
	Analyses        int     `json:"analyses"`
	CreditsSold     int64   `json:"credits_sold"`
	CreditsSpent    int64   `json:"credits_spent"`
	CreditsGranted  int64   `json:"credits_granted"`
	CreditsRefunded int64   `json:"credits_refunded"`
	AICostUSD       float64 `json:"ai_cost_usd"`
}

// KPIs is the instance overview for the last Days UTC days, today included.
type KPIs struct {
	From   string        `json:"from"`
	To     string        `json:"to"`
	Days   int           `json:"days"`
	Totals KPITotals     `json:"totals"`
	Series []KPIDay      `json:"series"`
	Matrix []TierOutcome `json:"by_tier_outcome"`
	// Tiers lists every tier seen in the window (for chart legends).
	Tiers []string `json:"tiers"`
}

// KPIs gathers the overview from each module's read model.
func (s *Service) KPIs(ctx context.Context, days int) (*KPIs, error) {
	if days < 1 || days > maxKPIDays {
		return nil, errs.Invalid("invalid days", errs.FieldError{Field: "days", Message: "must be an integer from 1 to 365"})
	}
	now := s.d.Now().UTC()
	start := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC).AddDate(0, 0, -(days - 1))
	users, err := s.d.Users.UserStats(ctx, start)
	if err != nil {
		return nil, err
	}
	analyses, err := s.d.Analyses.AnalysisStats(ctx, start)
	if err != nil {
		return nil, err
	}
	credits, err := s.d.Credits.CreditStats(ctx, start)
	if err != nil {
		return nil, err
	}
	k := &KPIs{From: start.Format(time.DateOnly), To: now.Format(time.DateOnly), Days: days, Series: make([]KPIDay, days),
		Tiers: []string{}, Matrix: []TierOutcome{}}
	index := map[string]int{}
	for i := range k.Series {
		d := start.AddDate(0, 0, i).Format(time.DateOnly)
		index[d] = i
		k.Series[i] = KPIDay{Day: d, SignUps: users.SignUps[d], SignedIn: users.SignedIn[d], ByTier: map[string]int{}, ByOutcome: map[string]int{},
			CreditsSold: credits.Sold[d], CreditsSpent: credits.Spent[d], CreditsGranted: credits.Granted[d]}
	}
	k.Totals = KPITotals{Users: users.Users, Admins: users.Admins, Disabled: users.Disabled, ActiveUsers: users.Active}
	matrix := map[[2]string]int{}
	for _, a := range analyses {
		i, ok := index[a.Day]
		if !ok {
			continue // created "today" by a clock ahead of ours
		}
		d := &k.Series[i]
		d.Analyses += a.Count
		d.ByTier[a.Tier] += a.Count
		d.ByOutcome[a.Outcome] += a.Count
		d.AICostUSD += a.AICostUSD
		matrix[[2]string{a.Tier, a.Outcome}] += a.Count
		if !slices.Contains(k.Tiers, a.Tier) {
			k.Tiers = append(k.Tiers, a.Tier)
		}
	}
	for to, n := range matrix {
		k.Matrix = append(k.Matrix, TierOutcome{Tier: to[0], Outcome: to[1], Count: n})
	}
	sort.Slice(k.Matrix, func(i, j int) bool {
		if k.Matrix[i].Tier != k.Matrix[j].Tier {
			return k.Matrix[i].Tier < k.Matrix[j].Tier
		}
		return k.Matrix[i].Outcome < k.Matrix[j].Outcome
	})
	sort.Strings(k.Tiers)
	for _, d := range k.Series {
		k.Totals.SignUps += d.SignUps
		k.Totals.Analyses += d.Analyses
		k.Totals.CreditsSold += d.CreditsSold
		k.Totals.CreditsSpent += d.CreditsSpent
		k.Totals.CreditsGranted += d.CreditsGranted
		k.Totals.AICostUSD += d.AICostUSD
	}
	for _, n := range credits.Refunded {
		k.Totals.CreditsRefunded += n
	}
	return k, nil
}

func (s *Service) handleKPIs(c echo.Context) error {
	days := defaultKPIDays
	if v := c.QueryParam("days"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			return errs.Invalid("invalid days", errs.FieldError{Field: "days", Message: "must be an integer from 1 to 365"})
		}
		days = n
	}
	k, err := s.KPIs(c.Request().Context(), days)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, k)
}

// sortFields orders field errors by name, so a response is stable.
func sortFields(f []errs.FieldError) {
	sort.Slice(f, func(i, j int) bool { return f[i].Field < f[j].Field })
}
