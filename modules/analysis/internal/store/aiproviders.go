package store

import (
	"context"
	"errors"
	"time"

	"gorm.io/gorm"

	"vigil/platform/errs"
)

// AIProvider is one row of ai_workspace_providers: a workspace's own LLM
// provider key (bring your own). APIKeySealed is the secrets.Sealer
// ciphertext, bound to the row id; it never leaves the module.
type AIProvider struct {
	ID              string `gorm:"primaryKey"`
	WorkspaceID     string
	Name            string
	Kind            string
	BaseURL         string `gorm:"column:base_url"`
	APIKeySealed    string `gorm:"column:api_key_sealed"`
	KeyLast4        string `gorm:"column:key_last4"`
	Models          string // JSON array in the VIGIL_AI_PROVIDERS model shape
	Concurrency     int
	CreatedBy       string
	CreatedAt       time.Time
	UpdatedAt       time.Time
	LastValidatedAt *time.Time
}

// TableName implements gorm's Tabler.
func (AIProvider) TableName() string { return "ai_workspace_providers" }

// CreateAIProvider inserts p; a second provider of the same name in the
// workspace is a conflict.
func (s *Store) CreateAIProvider(ctx context.Context, p *AIProvider) error {
	if p.ID == "" {
		p.ID = NewID()
	}
	t := now()
	p.CreatedAt, p.UpdatedAt = t, t
	err := s.db.Conn(ctx).Create(p).Error
	if errors.Is(err, gorm.ErrDuplicatedKey) {
		return errs.New(errs.KindConflict, "this workspace already has an AI provider named %q", p.Name)
	}
	return wrap("create ai provider", err)
}

// AIProviders lists a workspace's providers, oldest first (the order the
// router tries equally priced models in).
func (s *Store) AIProviders(ctx context.Context, workspaceID string) ([]AIProvider, error) {
	if _, err := parseUUID(workspaceID); err != nil {
		return []AIProvider{}, nil
	}
	var out []AIProvider
	err := s.db.Conn(ctx).Where("workspace_id = ?", workspaceID).Order("created_at, id").Find(&out).Error
	if out == nil {
		out = []AIProvider{}
	}
	return out, wrap("list ai providers", err)
}

// DeleteAIProvider removes one provider of the workspace.
func (s *Store) DeleteAIProvider(ctx context.Context, workspaceID, id string) error {
	if _, err := parseUUID(id); err != nil {
		return errs.NotFound("AI provider")
	}
	res := s.db.Conn(ctx).Where("workspace_id = ? AND id = ?", workspaceID, id).Delete(&AIProvider{})
	if res.Error != nil {
		return wrap("delete ai provider", res.Error)
	}
	if res.RowsAffected == 0 {
		return errs.NotFound("AI provider")
	}
	return nil
}

// ResealAIProviderKey stores a key re-sealed with the current secret key
// (after a rotation), if the row still holds the old ciphertext.
func (s *Store) ResealAIProviderKey(ctx context.Context, id, oldSealed, newSealed string) error {
	err := s.db.Conn(ctx).Model(&AIProvider{}).Where("id = ? AND api_key_sealed = ?", id, oldSealed).
		Update("api_key_sealed", newSealed).Error
	return wrap("reseal ai provider key", err)
}
