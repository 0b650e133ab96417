package analysis

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"vigil/modules/analysis/cortex"
	"vigil/modules/analysis/internal/store"
	"vigil/platform/audit"
	"vigil/platform/config"
	"vigil/platform/errs"
	"vigil/platform/netguard"
	"vigil/platform/principal"
)

// ActionManageAI lets owners and admins add, list and remove the
// workspace's own AI provider keys (auth's permission table names it).
const ActionManageAI = "ai:manage"

// Limits of a workspace's own providers.
const (
	maxWorkspaceProviders = 10
	maxProviderModels     = 20
	maxAPIKeyLength       = 1000
)

// AIProviderRequest adds a provider key to a workspace. The fields follow
// the VIGIL_AI_PROVIDERS shape; base_url is optional for the public APIs
// (api.openai.com, api.anthropic.com) and goes through the SSRF guard.
type AIProviderRequest struct {
	Name        string           `json:"name"`
	Kind        string           `json:"kind"`
	BaseURL     string           `json:"base_url"`
	APIKey      string           `json:"api_key"`
	Models      []config.AIModel `json:"models"`
	Concurrency int              `json:"concurrency"`
}

// AIProviderView is a stored provider as clients see it. The key itself is
// never returned, not even right after creation: only its last 4
// characters (none for keys shorter than 12).
type AIProviderView struct {
	ID              string           `json:"id"`
	Name            string           `json:"name"`
	Kind            string           `json:"kind"`
	BaseURL         string           `json:"base_url"`
	KeyLast4        string           `json:"key_last4"`
	HasKey          bool             `json:"has_key"`
	Models          []config.AIModel `json:"models"`
	Concurrency     int              `json:"concurrency"`
	CreatedAt       time.Time        `json:"created_at"`
	LastValidatedAt *time.Time       `json:"last_validated_at,omitempty"`
	// Health is this replica's view of the provider (breaker, recent
	// errors, latency) once an analysis has used it; absent before.
	Health *cortex.ProviderHealth `json:"health,omitempty"`
}

// AIProviderList is the answer of the list route.
type AIProviderList struct {
	Items []AIProviderView `json:"items"`
	// Note says who pays for AI review when the list is not empty.
	Note string `json:"note"`
}

// workspaceForker is what cortex.Service offers to run on a workspace's
// own keys.
type workspaceForker interface {
	ForWorkspace(providers []config.AIProvider, client *http.Client) (*cortex.Service, error)
}

// ownKeysNote is shown on quotes and reports of analyses run on the
// workspace's own keys.
const ownKeysNote = "AI review uses this workspace's own provider keys: the provider bills the workspace directly, so no AI credits are charged."

// byoEnabled reports whether this instance can store and use workspace keys.
func (s *Service) byoEnabled() bool {
	_, ok := s.d.AI.(workspaceForker)
	return ok && s.d.Sealer != nil && s.d.Outbound != nil
}

func sealContext(id string) string { return "ai_workspace_providers.api_key:" + id }

func last4(key string) string {
	if len(key) < 12 {
		return ""
	}
	return key[len(key)-4:]
}

func toProviderView(r store.AIProvider) AIProviderView {
	v := AIProviderView{ID: r.ID, Name: r.Name, Kind: r.Kind, BaseURL: r.BaseURL, KeyLast4: r.KeyLast4,
		HasKey: r.APIKeySealed != "", Concurrency: r.Concurrency, CreatedAt: r.CreatedAt, LastValidatedAt: r.LastValidatedAt}
	_ = json.Unmarshal([]byte(r.Models), &v.Models)
	if v.Models == nil {
		v.Models = []config.AIModel{}
	}
	return v
}

func principalOf(ctx context.Context) *principal.Principal {
	p, _ := principal.From(ctx)
	return p
}

func (s *Service) authorizeWorkspace(ctx context.Context, workspaceID, action string) error {
	p := principalOf(ctx)
	return s.d.Authorizer.Can(ctx, p, workspaceID, action)
}

// AIProviders lists the workspace's own provider keys (never the keys).
func (s *Service) AIProviders(ctx context.Context, workspaceID string) (*AIProviderList, error) {
	if err := s.authorizeWorkspace(ctx, workspaceID, ActionManageAI); err != nil {
		return nil, err
	}
	rows, err := s.store.AIProviders(ctx, workspaceID)
	if err != nil {
		return nil, err
	}
	health := map[string]cortex.ProviderHealth{}
	if rev := s.byo.cached(workspaceID); rev != nil {
		if hr, ok := rev.(healthReporter); ok {
			for _, h := range hr.Health() {
				health[h.Name] = h
			}
		}
	}
	out := &AIProviderList{Items: make([]AIProviderView, 0, len(rows))}
	for _, r := range rows {
		v := toProviderView(r)
		if h, ok := health[r.Name]; ok {
			v.Health = &h
		}
		out.Items = append(out.Items, v)
	}
	if len(rows) > 0 {
		out.Note = ownKeysNote
	}
	return out, nil
}

// AddAIProvider validates a provider key with a call that costs no tokens
// (listing the provider's models through the SSRF-guarded client), then
// stores it sealed. Later analyses of the workspace use it.
func (s *Service) AddAIProvider(ctx context.Context, workspaceID string, r AIProviderRequest) (*AIProviderView, error) {
	if err := s.authorizeWorkspace(ctx, workspaceID, ActionManageAI); err != nil {
		return nil, err
	}
	if !s.byoEnabled() {
		return nil, errs.New(errs.KindUnavailable, "this instance does not accept workspace AI keys")
	}
	r.Name, r.BaseURL, r.APIKey = strings.TrimSpace(r.Name), strings.TrimSpace(r.BaseURL), strings.TrimSpace(r.APIKey)
	cfg := config.AIProvider{Name: r.Name, Kind: r.Kind, BaseURL: r.BaseURL, APIKey: r.APIKey, Models: r.Models, Concurrency: r.Concurrency}
	if err := validateProviderRequest(cfg); err != nil {
		return nil, err
	}
	existing, err := s.store.AIProviders(ctx, workspaceID)
	if err != nil {
		return nil, err
	}
	if len(existing) >= maxWorkspaceProviders {
		return nil, errs.New(errs.KindConflict, "a workspace may have at most %d AI providers; remove one first", maxWorkspaceProviders)
	}
	for _, e := range existing {
		if e.Name == cfg.Name {
			return nil, errs.New(errs.KindConflict, "this workspace already has an AI provider named %q", cfg.Name)
		}
	}
	if err := cortex.CheckProvider(ctx, cfg, s.d.Outbound); err != nil {
		var ce *cortex.CheckError
		if errors.As(err, &ce) && ce.Field != "" {
			headline := "the provider did not accept this configuration: "
			if errors.Is(err, netguard.ErrBlocked) {
				// Vigil refused to connect: the provider was never asked.
				headline = "this base URL is not allowed: "
			}
			return nil, errs.Invalid(headline+ce.Message, errs.FieldError{Field: ce.Field, Message: ce.Message})
		}
		if errors.As(err, &ce) {
			return nil, errs.Wrap(errs.KindUnavailable, err, ce.Message)
		}
		return nil, err
	}
	id := store.NewID()
	sealed := ""
	if cfg.APIKey != "" {
		if sealed, err = s.d.Sealer.Seal([]byte(cfg.APIKey), sealContext(id)); err != nil {
			return nil, fmt.Errorf("analysis: seal provider key: %w", err)
		}
	}
	models, _ := json.Marshal(cfg.Models)
	validated := time.Now().UTC()
	row := &store.AIProvider{ID: id, WorkspaceID: workspaceID, Name: cfg.Name, Kind: cfg.Kind, BaseURL: cfg.BaseURL,
		APIKeySealed: sealed, KeyLast4: last4(cfg.APIKey), Models: string(models), Concurrency: cfg.Concurrency,
		CreatedBy: principalOf(ctx).UserID, LastValidatedAt: &validated}
	if err := s.store.CreateAIProvider(ctx, row); err != nil {
		return nil, err
	}
	s.byo.forget(workspaceID)
	s.audit(ctx, audit.Entry{ActorID: principalOf(ctx).UserID, WorkspaceID: workspaceID, Action: "ai_provider.add",
		Target: "ai_provider:" + id, Details: map[string]any{"name": cfg.Name, "kind": cfg.Kind, "base_url": cfg.BaseURL, "key_last4": row.KeyLast4}})
	v := toProviderView(*row)
	return &v, nil
}

// RemoveAIProvider deletes one of the workspace's provider keys.
func (s *Service) RemoveAIProvider(ctx context.Context, workspaceID, id string) error {
	if err := s.authorizeWorkspace(ctx, workspaceID, ActionManageAI); err != nil {
		return err
	}
	if err := s.store.DeleteAIProvider(ctx, workspaceID, id); err != nil {
		return err
	}
	s.byo.forget(workspaceID)
	s.audit(ctx, audit.Entry{ActorID: principalOf(ctx).UserID, WorkspaceID: workspaceID, Action: "ai_provider.remove",
		Target: "ai_provider:" + id})
	return nil
}

// audit records a security-relevant change; a failure is logged and never
// undoes the change already made.
func (s *Service) audit(ctx context.Context, e audit.Entry) {
	s.log.InfoContext(ctx, e.Action, "workspace_id", e.WorkspaceID, "target", e.Target, "actor_id", e.ActorID)
	if s.d.Audit == nil {
		return
	}
	if _, err := s.d.Audit.Record(context.WithoutCancel(ctx), e); err != nil {
		s.log.ErrorContext(ctx, "audit record failed", "action", e.Action, "error", err)
	}
}

// validateProviderRequest applies cortex's provider rules plus the limits
// of user-supplied providers, with field names as the request spells them.
func validateProviderRequest(p config.AIProvider) error {
	var fe []errs.FieldError
	if err := cortex.ValidateProviders([]config.AIProvider{p}); err != nil {
		var e *errs.Error
		if errors.As(err, &e) {
			for _, f := range e.Fields {
				f.Field = strings.TrimPrefix(f.Field, "ai.providers[0].")
				fe = append(fe, f)
			}
		} else {
			return err
		}
	}
	if len(p.Name) > 64 {
		fe = append(fe, errs.FieldError{Field: "name", Message: "must be at most 64 characters"})
	}
	if len(p.APIKey) > maxAPIKeyLength {
		fe = append(fe, errs.FieldError{Field: "api_key", Message: fmt.Sprintf("must be at most %d characters", maxAPIKeyLength)})
	}
	if p.Kind == cortex.KindOpenAI && p.BaseURL == "" && p.APIKey == "" {
		fe = append(fe, errs.FieldError{Field: "api_key", Message: "is required for api.openai.com (set base_url for a server without keys)"})
	}
	if len(p.Models) > maxProviderModels {
		fe = append(fe, errs.FieldError{Field: "models", Message: fmt.Sprintf("at most %d models", maxProviderModels)})
	}
	if p.Concurrency > 16 {
		fe = append(fe, errs.FieldError{Field: "concurrency", Message: "must be at most 16"})
	}
	if len(fe) > 0 {
		return errs.Invalid("invalid AI provider", fe...)
	}
	return nil
}

// aiPass is the AI reviewer one analysis uses.
type aiPass struct {
	rev Reviewer
	// own is true when the workspace's own keys are used: the provider
	// bills the workspace, so the AI spend is not charged in credits.
	own   bool
	notes []string
}

func (p aiPass) configured() bool { return p.rev != nil && p.rev.Configured() }

// aiFor returns the AI reviewer for a workspace: one on its own provider
// keys when it has any (instance providers are then not used), else the
// instance's. A key that no longer decrypts (the secret key was replaced
// without keeping the old one in secret_key_previous) is skipped and said
// so; keys sealed with a previous secret key are re-sealed with the
// current one on the way.
func (s *Service) aiFor(ctx context.Context, workspaceID string) (aiPass, error) {
	inst := aiPass{rev: s.d.AI}
	if !s.byoEnabled() {
		return inst, nil
	}
	rows, err := s.store.AIProviders(ctx, workspaceID)
	if err != nil {
		return aiPass{}, err
	}
	if len(rows) == 0 {
		return inst, nil
	}
	h := sha256.New()
	for _, r := range rows {
		fmt.Fprintf(h, "%s|%s|%s|%s\n", r.ID, r.UpdatedAt.UTC().Format(time.RFC3339Nano), r.APIKeySealed, r.Models)
	}
	version := hex.EncodeToString(h.Sum(nil))
	if rev := s.byo.get(workspaceID, version); rev != nil {
		return aiPass{rev: rev, own: true}, nil
	}
	var provs []config.AIProvider
	var notes []string
	for _, r := range rows {
		p := config.AIProvider{Name: r.Name, Kind: r.Kind, BaseURL: r.BaseURL, Concurrency: r.Concurrency}
		_ = json.Unmarshal([]byte(r.Models), &p.Models)
		if r.APIKeySealed != "" {
			key, resealed, err := s.d.Sealer.OpenRefresh(r.APIKeySealed, sealContext(r.ID))
			if err != nil {
				s.log.ErrorContext(ctx, "workspace AI provider key does not decrypt", "workspace_id", workspaceID, "provider", r.Name, "error", err)
				notes = append(notes, fmt.Sprintf("The workspace AI provider %q could not be used: its key no longer decrypts on this instance; remove and add it again.", r.Name))
				continue
			}
			p.APIKey = string(key)
			if resealed != "" {
				if err := s.store.ResealAIProviderKey(ctx, r.ID, r.APIKeySealed, resealed); err != nil {
					s.log.WarnContext(ctx, "reseal workspace AI provider key", "provider_id", r.ID, "error", err)
				}
			}
		}
		provs = append(provs, p)
	}
	if len(provs) == 0 {
		inst.notes = notes
		return inst, nil
	}
	rev, err := s.d.AI.(workspaceForker).ForWorkspace(provs, s.d.Outbound)
	if err != nil {
		s.log.ErrorContext(ctx, "workspace AI providers unusable", "workspace_id", workspaceID, "error", err)
		inst.notes = append(notes, "The workspace's own AI providers could not be used: "+err.Error())
		return inst, nil
	}
	if len(notes) == 0 {
		// Cache only a complete set: a skipped key is reported every run.
		s.byo.put(workspaceID, version, rev)
	}
	return aiPass{rev: rev, own: true, notes: notes}, nil
}

// byoCache keeps one reviewer per workspace on this replica, so breakers
// and health carry across the workspace's analyses. An entry is replaced
// when the workspace's provider rows change (version), and dropped when
// this replica adds or removes one.
type byoCache struct {
	mu sync.Mutex
	m  map[string]byoEntry
}

type byoEntry struct {
	version string
	rev     Reviewer
}

func (c *byoCache) get(ws, version string) Reviewer {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.m[ws]; ok && e.version == version {
		return e.rev
	}
	return nil
}

func (c *byoCache) cached(ws string) Reviewer {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[ws].rev
}

func (c *byoCache) put(ws, version string, rev Reviewer) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[string]byoEntry{}
	}
	c.m[ws] = byoEntry{version: version, rev: rev}
}

func (c *byoCache) forget(ws string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.m, ws)
}
