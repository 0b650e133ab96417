package cortex

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"vigil/platform/config"
	"vigil/platform/errs"
)

// ParseProviders reads the VIGIL_AI_PROVIDERS JSON shape: an array of
// {"name", "kind", "base_url", "api_key", "models": [{"name", "tier",
// "input_price", "output_price", "context"}], "concurrency"}. Unknown
// fields are rejected so a typo ("input_cost") is not silently priced at 0.
func ParseProviders(raw string) ([]config.AIProvider, error) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return nil, nil
	}
	dec := json.NewDecoder(strings.NewReader(raw))
	dec.DisallowUnknownFields()
	var ps []config.AIProvider
	if err := dec.Decode(&ps); err != nil {
		return nil, errs.Invalid("VIGIL_AI_PROVIDERS is not a valid JSON array of providers: "+err.Error(),
			errs.FieldError{Field: "ai.providers", Message: err.Error()})
	}
	if err := ValidateProviders(ps); err != nil {
		return nil, err
	}
	return ps, nil
}

// ValidateProviders checks a provider list (instance configuration or a
// workspace's own keys) and reports every problem at once.
func ValidateProviders(ps []config.AIProvider) error {
	var fe []errs.FieldError
	add := func(field, msg string) { fe = append(fe, errs.FieldError{Field: field, Message: msg}) }
	names := map[string]bool{}
	for i, p := range ps {
		f := fmt.Sprintf("ai.providers[%d]", i)
		if strings.TrimSpace(p.Name) == "" {
			add(f+".name", "is required")
		} else if names[p.Name] {
			add(f+".name", "duplicate provider name "+p.Name)
		}
		names[p.Name] = true
		switch p.Kind {
		case KindOpenAI, KindAnthropic, KindOllama:
		default:
			add(f+".kind", `must be "openai", "anthropic" or "ollama"`)
		}
		if p.BaseURL != "" {
			u, err := url.Parse(p.BaseURL)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				add(f+".base_url", "must be an absolute http(s) URL")
			}
		}
		if p.Kind == KindAnthropic && p.APIKey == "" {
			add(f+".api_key", "is required for anthropic")
		}
		if p.Concurrency < 0 {
			add(f+".concurrency", "must not be negative")
		}
		if len(p.Models) == 0 {
			add(f+".models", "at least one model is required")
		}
		for j, m := range p.Models {
			mf := fmt.Sprintf("%s.models[%d]", f, j)
			if strings.TrimSpace(m.Name) == "" {
				add(mf+".name", "is required")
			}
			if m.Tier != string(TierFast) && m.Tier != string(TierStrong) {
				add(mf+".tier", `must be "fast" or "strong"`)
			}
			if m.InputPrice < 0 || m.OutputPrice < 0 {
				add(mf+".input_price", "prices must not be negative")
			}
			if m.Context < 0 {
				add(mf+".context", "must not be negative")
			}
		}
	}
	if len(fe) > 0 {
		return errs.Invalid("invalid AI provider configuration", fe...)
	}
	return nil
}

// buildProviders turns configuration into providers with their breakers
// and concurrency slots. client is used for every provider's HTTP calls.
func buildProviders(cfgs []config.AIProvider, client *http.Client, br config.Breaker, clock Clock) ([]*providerState, error) {
	if err := ValidateProviders(cfgs); err != nil {
		return nil, err
	}
	out := make([]*providerState, 0, len(cfgs))
	for _, c := range cfgs {
		p, err := newLLMProvider(c, client)
		if err != nil {
			return nil, err
		}
		conc := c.Concurrency
		if conc <= 0 {
			conc = defaultConcurrency
		}
		ps := &providerState{p: p, cfg: c, br: newBreaker(clock, br.Failures, br.Successes, br.Cooldown),
			sem: make(chan struct{}, conc)}
		for _, m := range c.Models {
			ps.models = append(ps.models, ModelInfo{Provider: c.Name, Name: m.Name, Tier: Tier(m.Tier),
				InputPrice: m.InputPrice, OutputPrice: m.OutputPrice, Context: m.Context})
		}
		out = append(out, ps)
	}
	return out, nil
}
