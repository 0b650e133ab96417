package analysis

import (
	"context"

	"vigil/modules/analysis/cortex"
	"vigil/platform/errs"
)

// healthReporter is what cortex.Service offers instance admins.
type healthReporter interface {
	Status() cortex.Status
	Health() []cortex.ProviderHealth
}

// AIHealth is what instance admins see about the instance's AI providers.
type AIHealth struct {
	Status    cortex.Status           `json:"status"`
	Providers []cortex.ProviderHealth `json:"providers"`
}

// InstanceAIHealth reports the instance providers' breaker state, recent
// errors and latency on this replica. Instance administrators only (an API
// key needs the admin scope).
func (s *Service) InstanceAIHealth(ctx context.Context) (*AIHealth, error) {
	p := principalOf(ctx)
	switch {
	case p == nil || p.UserID == "":
		return nil, errs.New(errs.KindUnauthorized, "sign in first")
	case !p.InstanceAdmin:
		return nil, errs.New(errs.KindForbidden, "only instance administrators may do this")
	case p.APIKeyID != "" && !hasScope(p.Scopes, "admin"):
		return nil, errs.New(errs.KindForbidden, "this API key lacks the \"admin\" scope")
	}
	out := &AIHealth{Status: cortex.Status{Configured: false, Message: cortex.NotConfiguredMessage, Help: cortex.NotConfiguredHelp},
		Providers: []cortex.ProviderHealth{}}
	if hr, ok := s.d.AI.(healthReporter); ok {
		out.Status = hr.Status()
		out.Providers = append(out.Providers, hr.Health()...)
	}
	return out, nil
}

func hasScope(scopes []string, want string) bool {
	for _, s := range scopes {
		if s == want {
			return true
		}
	}
	return false
}
