package auth

import (
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"vigil/modules/auth/internal/store"
)

type apiKeyJSON struct {
	ID          string     `json:"id"`
	Name        string     `json:"name"`
	Prefix      string     `json:"prefix"`
	Scopes      []string   `json:"scopes"`
	WorkspaceID string     `json:"workspace_id"`
	CreatedAt   time.Time  `json:"created_at"`
	ExpiresAt   *time.Time `json:"expires_at"`
	LastUsedAt  *time.Time `json:"last_used_at"`
	RevokedAt   *time.Time `json:"revoked_at"`
	// Key is the secret, present only in the creation response.
	Key string `json:"key,omitempty"`
}

func toAPIKeyJSON(k *store.APIKey) apiKeyJSON {
	return apiKeyJSON{ID: k.ID, Name: k.Name, Prefix: k.Prefix, Scopes: splitScopes(k.Scopes), WorkspaceID: k.WorkspaceID,
		CreatedAt: k.CreatedAt, ExpiresAt: k.ExpiresAt, LastUsedAt: k.LastUsedAt, RevokedAt: k.RevokedAt}
}

func (s *Service) handleAPIKeys(c echo.Context) error {
	list, err := s.APIKeys(c.Request().Context(), actor(c))
	if err != nil {
		return err
	}
	out := make([]apiKeyJSON, 0, len(list))
	for i := range list {
		out = append(out, toAPIKeyJSON(&list[i]))
	}
	return c.JSON(http.StatusOK, map[string]any{"items": out})
}

func (s *Service) handleCreateAPIKey(c echo.Context) error {
	p := actor(c)
	if err := s.Can(c.Request().Context(), p, p.WorkspaceID, "apikeys:manage"); err != nil {
		return err
	}
	var req struct {
		Name      string     `json:"name"`
		Scopes    []string   `json:"scopes"`
		ExpiresAt *time.Time `json:"expires_at"`
	}
	if err := bind(c, &req); err != nil {
		return err
	}
	k, secret, err := s.CreateAPIKey(c.Request().Context(), meta(c), p, req.Name, req.Scopes, req.ExpiresAt)
	if err != nil {
		return err
	}
	out := toAPIKeyJSON(k)
	out.Key = secret
	c.Response().Header().Set(echo.HeaderCacheControl, "no-store")
	return c.JSON(http.StatusCreated, out)
}

func (s *Service) handleRevokeAPIKey(c echo.Context) error {
	if err := s.RevokeAPIKey(c.Request().Context(), meta(c), actor(c), c.Param("id")); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}
