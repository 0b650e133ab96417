package auth

import (
	"context"
	"slices"
	"strings"
	"time"

	"vigil/modules/auth/internal/store"
	"vigil/modules/auth/internal/token"
	"vigil/platform/errs"
	"vigil/platform/principal"
)

// CreateAPIKey makes a key for p in p's acting workspace and returns the
// secret once; only its SHA-256 is stored.
func (s *Service) CreateAPIKey(ctx context.Context, m Meta, p *principal.Principal, name string, scopes []string, expiresAt *time.Time) (*store.APIKey, string, error) {
	if err := s.Can(ctx, p, p.WorkspaceID, "apikeys:manage"); err != nil {
		return nil, "", err
	}
	name = strings.TrimSpace(name)
	var fields []errs.FieldError
	if name == "" || len(name) > 100 {
		fields = append(fields, errs.FieldError{Field: "name", Message: "must be 1 to 100 characters"})
	}
	if len(scopes) == 0 {
		fields = append(fields, errs.FieldError{Field: "scopes", Message: "must list at least one of read, analyze, admin"})
	}
	for _, sc := range scopes {
		if sc != ScopeRead && sc != ScopeAnalyze && sc != ScopeAdmin {
			fields = append(fields, errs.FieldError{Field: "scopes", Message: "unknown scope " + sc + "; use read, analyze or admin"})
			break
		}
	}
	now := s.now()
	if expiresAt != nil && !expiresAt.After(now) {
		fields = append(fields, errs.FieldError{Field: "expires_at", Message: "must be in the future"})
	}
	if len(fields) > 0 {
		return nil, "", errs.Invalid("invalid input", fields...)
	}
	// A key never grants more than its creator's own key may (an API key
	// cannot mint an admin key unless it is one).
	if p.APIKeyID != "" {
		for _, sc := range scopes {
			if !scopesAllow(p.Scopes, sc) {
				return nil, "", errs.New(errs.KindForbidden, "an API key cannot create a key with more scopes than its own")
			}
		}
	}
	scopes = slices.Compact(slices.Sorted(slices.Values(scopes)))
	secret := APIKeyPrefix + token.RandomString(32)
	k := &store.APIKey{ID: store.NewID(), UserID: p.UserID, WorkspaceID: p.WorkspaceID, Name: name,
		Prefix: secret[:len(APIKeyPrefix)+6], KeyHash: token.Hash(secret), Scopes: strings.Join(scopes, ","),
		CreatedAt: now, ExpiresAt: expiresAt}
	if k.ExpiresAt != nil {
		t := k.ExpiresAt.UTC()
		k.ExpiresAt = &t
	}
	if err := s.store.CreateAPIKey(ctx, k); err != nil {
		return nil, "", err
	}
	s.record(ctx, m, auditEvent{Action: "apikey.created", ActorID: p.UserID, WorkspaceID: p.WorkspaceID,
		TargetType: "api_key", TargetID: k.ID, Details: map[string]any{"scopes": k.Scopes, "prefix": k.Prefix}})
	return k, secret, nil
}

// APIKeys lists p's keys in the acting workspace.
func (s *Service) APIKeys(ctx context.Context, p *principal.Principal) ([]store.APIKey, error) {
	if err := s.Can(ctx, p, p.WorkspaceID, "apikeys:manage"); err != nil {
		return nil, err
	}
	return s.store.APIKeys(ctx, p.UserID, p.WorkspaceID)
}

// RevokeAPIKey revokes one of p's keys in the acting workspace.
func (s *Service) RevokeAPIKey(ctx context.Context, m Meta, p *principal.Principal, id string) error {
	if err := s.Can(ctx, p, p.WorkspaceID, "apikeys:manage"); err != nil {
		return err
	}
	if err := s.store.RevokeAPIKey(ctx, p.UserID, p.WorkspaceID, id); err != nil {
		return err
	}
	s.record(ctx, m, auditEvent{Action: "apikey.revoked", ActorID: p.UserID, WorkspaceID: p.WorkspaceID, TargetType: "api_key", TargetID: id})
	return nil
}
