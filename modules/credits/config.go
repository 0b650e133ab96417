package credits

import (
	"fmt"
	"regexp"
	"strings"

	"vigil/platform/config"
)

var (
	packIDRE   = regexp.MustCompile(`^[a-z0-9_-]{1,64}$`)
	currencyRE = regexp.MustCompile(`^[a-z]{3}$`)
)

// ValidateConfig checks the configuration sections the credits module
// owns (billing, stripe.*, credits.*), naming each bad key in full. The
// root passes it to config.Load.
func ValidateConfig(c config.Config) config.Problems {
	var p config.Problems
	// billing, stripe, credits
	p.OneOf("billing", c.Billing, "auto", "on", "off")
	if c.Billing == "on" && c.Stripe.SecretKey == "" {
		p.Add("stripe.secret_key", "", `is required when billing is "on"`)
	}
	if c.BillingEnabled() && c.Stripe.WebhookSecret == "" {
		p.Add("stripe.webhook_secret", "", "is required when billing is enabled (Stripe webhooks are verified with it)")
	}
	p.HTTPURL("stripe.api_url", c.Stripe.APIURL, false)
	p.AtLeast("credits.signup_grant", c.Credits.SignupGrant, 0)
	p.AtLeast("credits.monthly_grant", c.Credits.MonthlyGrant, 0)
	p.AtLeast("credits.static_per_10k_lines", c.Credits.StaticPer10kLines, 1)
	if c.Credits.CreditsPerDollar <= 0 {
		p.Add("credits.credits_per_dollar", c.Credits.CreditsPerDollar, "must be greater than 0")
	}
	p.Positive("credits.hold_timeout", c.Credits.HoldTimeout)
	seenPack := map[string]bool{}
	for i, pk := range c.Credits.Packs {
		pre := fmt.Sprintf("credits.packs[%d].", i)
		if !packIDRE.MatchString(pk.ID) {
			p.Add(pre+"id", pk.ID, "must be 1-64 characters of a-z, 0-9, - or _")
		} else if seenPack[pk.ID] {
			p.Add(pre+"id", pk.ID, "is used by another pack (ids must be unique)")
		}
		seenPack[pk.ID] = true
		if strings.TrimSpace(pk.Name) == "" {
			p.Add(pre+"name", pk.Name, "is required")
		}
		p.AtLeast(pre+"credits", pk.Credits, 1)
		p.AtLeast(pre+"price", pk.Price, 1)
		if !currencyRE.MatchString(pk.Currency) {
			p.Add(pre+"currency", pk.Currency, `is not a lower-case ISO 4217 code like "usd" or "eur"`)
		}
	}

	return p
}
