package cortex

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"gorm.io/gorm"

	"vigil/modules/analysis/scanner"
	"vigil/platform/config"
)

// Database is what cortex needs from platform/database (*database.DB): a
// connection for ctx that honours a transaction carried in it.
type Database interface {
	Conn(ctx context.Context) *gorm.DB
}

// Deps are what cortex needs from the process.
type Deps struct {
	// AI is the instance configuration: providers, breaker, timeouts.
	AI config.AI
	// DB holds the ai_cache table (migration 00035), shared by all replicas.
	// Every query goes through DB.Conn(ctx), so a cache write inside a
	// caller's transaction joins it.
	DB Database
	// HTTPClient carries every provider call. nil uses a plain client: the
	// operator's providers may live on loopback or a private network (a
	// local Ollama). Workspace-supplied URLs go through ForWorkspace with an
	// SSRF-guarded client instead.
	HTTPClient *http.Client
	// Mask removes secrets from code before it leaves the process. nil uses
	// a small built-in masker; the analysis service passes the scanner's
	// gitleaks-based secrets.Mask.
	Mask func(string) string
	// Clock drives breaker cool-downs and backoff; nil is the wall clock.
	Clock Clock
	// Logger receives cache errors and dropped findings; nil discards.
	Logger *slog.Logger
}

// Service is the AI orchestrator. It is safe for concurrent use; one
// Service serves every analysis of the process (the budget is per call
// site, see NewBudget).
type Service struct {
	cfg     config.AI
	router  *router
	cache   *responseCache
	schemas *schemas
	mask    func(string) string
	clock   Clock
	log     *slog.Logger
	metrics *metrics
	client  *http.Client
	// secrets masks one analysis' secret values in every message (see
	// Input.Secrets); nil outside Analyze.
	secrets *scanner.Redactor
}

// New builds cortex from the instance configuration. With no provider it
// still succeeds: Configured reports false and every task says
// "AI review not configured".
func New(d Deps) (*Service, error) {
	if d.DB == nil {
		return nil, errors.New("cortex: Deps.DB is required (ai_cache)")
	}
	s := &Service{cfg: d.AI, cache: &responseCache{db: d.DB}, mask: d.Mask, clock: d.Clock, log: d.Logger, client: d.HTTPClient}
	if s.mask == nil {
		s.mask = defaultMask
	}
	if s.clock == nil {
		s.clock = realClock{}
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if s.client == nil {
		s.client = &http.Client{}
	}
	var err error
	if s.schemas, err = compileSchemas(); err != nil {
		return nil, err
	}
	if s.router, err = s.newRouter(d.AI.Providers, s.client); err != nil {
		return nil, err
	}
	s.metrics = newMetrics(s.router)
	s.router.metrics = s.metrics
	return s, nil
}

func (s *Service) newRouter(cfgs []config.AIProvider, client *http.Client) (*router, error) {
	ps, err := buildProviders(cfgs, client, s.cfg.Breaker, s.clock)
	if err != nil {
		return nil, err
	}
	r := &router{providers: ps, clock: s.clock, callTimeout: s.cfg.CallTimeout, maxRetries: s.cfg.MaxRetries, jitter: defaultJitter}
	if r.callTimeout <= 0 {
		r.callTimeout = defaultCallTimeout
	}
	if r.maxRetries <= 0 {
		r.maxRetries = defaultMaxRetries
	}
	return r, nil
}

// ForWorkspace returns a Service that uses a workspace's own provider keys
// (bring-your-own) and shares this one's cache table, masker, schemas and
// clock; its cached answers are scoped to its own providers and keys, so
// neither the instance nor another workspace is served what a workspace's
// server said.
// client must be the SSRF-guarded outbound client: these URLs come from
// users. Its breakers are its own and it exports no metrics (per-workspace
// labels would explode cardinality); Health still reports them.
func (s *Service) ForWorkspace(providers []config.AIProvider, client *http.Client) (*Service, error) {
	if client == nil {
		return nil, errors.New("cortex: ForWorkspace needs the SSRF-guarded HTTP client")
	}
	r, err := s.newRouter(providers, client)
	if err != nil {
		return nil, err
	}
	// The workspace's answers stay its own: see workspaceCacheScope.
	for _, ps := range r.providers {
		ps.cacheScope = workspaceCacheScope(ps.cfg)
	}
	cp := *s
	cp.router = r
	cp.metrics = nil
	cp.client = client
	return &cp, nil
}

// Configured reports whether at least one provider is configured. When it
// is false analyses run static-only.
func (s *Service) Configured() bool { return len(s.router.providers) > 0 }

// Status is what the report and UI show about AI review.
type Status struct {
	Configured bool   `json:"configured"`
	Message    string `json:"message"`
	// Help says how to enable AI review when it is not configured.
	Help string `json:"help,omitempty"`
}

// NotConfiguredMessage is the exact text reports and the UI show.
const NotConfiguredMessage = "AI review not configured"

// NotConfiguredHelp tells an operator how to turn AI review on.
const NotConfiguredHelp = `Analyses ran static-only. To enable AI triage, review and fixes, set VIGIL_AI_PROVIDERS to a JSON array such as ` +
	`[{"name":"openai","kind":"openai","api_key":"sk-...","models":[{"name":"gpt-4o-mini","tier":"fast","input_price":0.15,"output_price":0.6,"context":128000},` +
	`{"name":"gpt-4o","tier":"strong","input_price":2.5,"output_price":10,"context":128000}]}] ` +
	`(kinds: openai and any OpenAI-compatible server via base_url, anthropic, ollama), or list the same under ai.providers in the config file, then restart. ` +
	`Workspace owners can also add their own provider keys in the workspace settings.`

// Status reports whether AI review is available.
func (s *Service) Status() Status {
	if !s.Configured() {
		return Status{Configured: false, Message: NotConfiguredMessage, Help: NotConfiguredHelp}
	}
	n := 0
	for _, h := range s.Health() {
		if h.Breaker != BreakerOpen.String() {
			n++
		}
	}
	return Status{Configured: true, Message: fmt.Sprintf("AI review enabled: %d of %d providers available", n, len(s.router.providers))}
}

// Health is the per-provider snapshot shown to instance admins.
func (s *Service) Health() []ProviderHealth { return s.router.health() }

// Collectors returns the Prometheus collectors (breaker state, provider up,
// calls, tokens, cost, latency, cache hits, dropped findings) to register on
// the /metrics registry once.
func (s *Service) Collectors() []prometheus.Collector { return s.metrics.collectors() }

// Models lists the configured models.
func (s *Service) Models() []ModelInfo {
	var out []ModelInfo
	for _, ps := range s.router.providers {
		out = append(out, ps.models...)
	}
	return out
}

// Quote estimates the cost range of calls whose prompts have the given
// sizes (bytes) on the tier. min assumes the cheapest fitting model, typical
// tokenization (~4 bytes/token) and short answers; max assumes the dearest
// model of the tier (or of the fallbacks it may use), one token per byte,
// the full output allowance and a repair call for every item. A run given
// max as its budget cannot be refused for money except by cache misses the
// quote did not foresee.
func (s *Service) Quote(sizes []int, tier Tier) (minUSD, maxUSD float64) {
	maxOut := maxOutput(tier)
	for _, size := range sizes {
		// The prompt around the code: preamble, schema, instructions.
		bytes := size + len(systemPreamble) + 1000
		typ := typicalTokens(bytes)
		up := bytes + 2*8 + 16
		cands := s.router.candidates(tier, typ, maxOut, bytes/3+16+maxOut)
		if len(cands) == 0 {
			continue
		}
		lo, hi := -1.0, 0.0
		for _, c := range cands {
			l := c.model.Cost(typ, 32)
			h := 2 * c.model.Cost(up, maxOut)
			if lo < 0 || l < lo {
				lo = l
			}
			if h > hi {
				hi = h
			}
		}
		minUSD += lo
		maxUSD += hi
	}
	return minUSD, maxUSD
}

// maxOutput is the output allowance of a call, by tier.
func maxOutput(t Tier) int {
	if t == TierStrong {
		return 2048
	}
	return 512
}

// taskSpec is one structured model call.
type taskSpec struct {
	name       string // triage | review | fix | recheck | summary (also the schema name)
	version    string
	tier       Tier
	maxOut     int
	msgs       []Message
	avoidModel string // adversarial re-check: prefer another model than this
}

// completion is a validated answer.
type completion struct {
	provider string
	model    string
	cached   bool
}

// errInvalidAnswer marks an item whose answers failed validation twice.
var errInvalidAnswer = errors.New("cortex: model answer failed validation twice")

// complete runs spec: cache lookup over every candidate model, then a call,
// validation against the schema plus check (semantic rules such as cited
// lines), one repair call on failure, and a cache store of the valid
// answer under the original prompt's hash. out receives the decoded answer.
func (s *Service) complete(ctx context.Context, b *Budget, spec taskSpec, out any, check func() error) (c completion, err error) {
	spec.msgs = s.maskMessages(spec.msgs)
	typ := typicalTokens(promptBytes(spec.msgs))
	cands := s.router.candidates(spec.tier, typ, spec.maxOut, fitTokens(spec.msgs)+spec.maxOut)
	ctx, span := startTaskSpan(ctx, spec, len(cands))
	repaired := false
	defer func() { endTaskSpan(span, c, repaired, err) }()
	if len(cands) == 0 {
		return completion{}, ErrNoModel
	}
	if spec.avoidModel != "" {
		var first, last []route
		for _, c := range cands {
			if c.model.Name == spec.avoidModel {
				last = append(last, c)
			} else {
				first = append(first, c)
			}
		}
		cands = append(first, last...)
	}
	hash := contentHash(spec.name, spec.msgs)
	slots := make([]cacheSlot, 0, len(cands))
	for _, c := range cands {
		slots = append(slots, cacheSlot{scope: c.ps.cacheScope, model: c.model.Name})
	}
	validate := func(text string) error {
		if err := s.schemas.validate(spec.name, text, out); err != nil {
			return err
		}
		if check != nil {
			return check()
		}
		return nil
	}

	row, err := s.cache.lookup(ctx, slots, spec.version, hash)
	if err != nil {
		s.log.WarnContext(ctx, "cortex cache lookup failed", "err", err)
	}
	if row != nil && validate(row.Response) == nil {
		b.record(CallRecord{Task: spec.name, Provider: row.Provider, Model: row.Model, Cached: true, At: s.clock.Now()})
		s.metrics.cacheHit(spec.name)
		return completion{provider: row.Provider, model: row.Model, cached: true}, nil
	}

	req := Request{Messages: spec.msgs, MaxOutputTokens: spec.maxOut, SchemaName: spec.name, Schema: []byte(schemaSources[spec.name]),
		Stream: spec.tier == TierStrong}
	res, err := s.router.do(ctx, spec.name, cands, req, b)
	if err != nil {
		return completion{}, err
	}
	verr := validate(res.resp.Text)
	if verr != nil {
		req.Messages = repairMessages(spec.msgs, res.resp.Text, verr)
		cands2 := s.router.candidates(spec.tier, typicalTokens(promptBytes(req.Messages)), spec.maxOut, fitTokens(req.Messages)+spec.maxOut)
		// Ask the model that erred first: it has the context of its mistake.
		cands2 = preferModel(cands2, res.route.model.Name)
		repaired = true
		res, err = s.router.do(ctx, spec.name+"_repair", cands2, req, b)
		if err != nil {
			return completion{}, err
		}
		if verr = validate(res.resp.Text); verr != nil {
			return completion{}, fmt.Errorf("%w: %w", errInvalidAnswer, verr)
		}
	}
	if err := s.cache.store(ctx, res.route.ps.cacheScope, cacheRow{Provider: res.route.ps.p.Name(), Model: res.route.model.Name,
		TemplateVersion: spec.version, ContentHash: hash, Response: stripFence(res.resp.Text),
		InputTokens: int64(res.resp.InputTokens), OutputTokens: int64(res.resp.OutputTokens),
		CreatedAt: s.clock.Now().UTC()}); err != nil {
		s.log.WarnContext(ctx, "cortex cache store failed", "err", err)
	}
	return completion{provider: res.route.ps.p.Name(), model: res.route.model.Name}, nil
}

func preferModel(cands []route, model string) []route {
	var first, rest []route
	for _, c := range cands {
		if c.model.Name == model {
			first = append(first, c)
		} else {
			rest = append(rest, c)
		}
	}
	return append(first, rest...)
}
