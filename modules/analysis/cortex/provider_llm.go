package cortex

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/anthropic"
	"github.com/tmc/langchaingo/llms/ollama"
	"github.com/tmc/langchaingo/llms/openai"

	"vigil/platform/config"
)

// Provider kinds accepted in the configuration.
const (
	KindOpenAI    = "openai"
	KindAnthropic = "anthropic"
	KindOllama    = "ollama"
)

// Default endpoints when a provider's base_url is empty.
const (
	defaultOpenAIURL    = "https://api.openai.com/v1"
	defaultAnthropicURL = "https://api.anthropic.com/v1"
	defaultOllamaURL    = "http://127.0.0.1:11434"
)

// llmProvider implements Provider over a langchaingo model. One langchaingo
// client per provider; the model is chosen per call.
type llmProvider struct {
	name  string
	kind  string
	model llms.Model
	// noJSONMode is set once an OpenAI-compatible server refused
	// response_format (some local servers only know json_schema or
	// nothing); answers are still validated against the schema.
	noJSONMode atomic.Bool
}

func (p *llmProvider) Name() string { return p.name }
func (p *llmProvider) Kind() string { return p.kind }

// newLLMProvider builds the langchaingo client for one configured provider.
// client carries the caller's transport (an SSRF-guarded dialer for
// workspace-supplied URLs); cortex wraps it to see statuses and headers.
func newLLMProvider(cfg config.AIProvider, client *http.Client) (*llmProvider, error) {
	hc := recordingClient(client)
	p := &llmProvider{name: cfg.Name, kind: cfg.Kind}
	var err error
	switch cfg.Kind {
	case KindOpenAI:
		base := cfg.BaseURL
		if base == "" {
			base = defaultOpenAIURL
		}
		token := cfg.APIKey
		if token == "" {
			// langchaingo refuses an empty token; local OpenAI-compatible
			// servers (vLLM, LM Studio) accept any.
			token = "none"
		}
		p.model, err = openai.New(openai.WithBaseURL(strings.TrimSuffix(base, "/")), openai.WithToken(token),
			openai.WithHTTPClient(hc), openai.WithModel(firstModel(cfg)))
	case KindAnthropic:
		base := cfg.BaseURL
		if base == "" {
			base = defaultAnthropicURL
		}
		base = strings.TrimSuffix(base, "/")
		if !strings.HasSuffix(base, "/v1") {
			base += "/v1"
		}
		p.model, err = anthropic.New(anthropic.WithBaseURL(base), anthropic.WithToken(cfg.APIKey),
			anthropic.WithHTTPClient(hc), anthropic.WithModel(firstModel(cfg)))
	case KindOllama:
		base := cfg.BaseURL
		if base == "" {
			base = defaultOllamaURL
		}
		if _, perr := url.Parse(base); perr != nil {
			return nil, fmt.Errorf("cortex: provider %s: base_url: %w", cfg.Name, perr)
		}
		p.model, err = ollama.New(ollama.WithServerURL(base), ollama.WithHTTPClient(hc),
			ollama.WithModel(firstModel(cfg)))
	default:
		return nil, fmt.Errorf("cortex: provider %s: unknown kind %q", cfg.Name, cfg.Kind)
	}
	if err != nil {
		return nil, fmt.Errorf("cortex: provider %s: %w", cfg.Name, err)
	}
	return p, nil
}

func firstModel(cfg config.AIProvider) string {
	if len(cfg.Models) > 0 {
		return cfg.Models[0].Name
	}
	return ""
}

// answerTool is the name of the tool Anthropic models are asked to call
// with their answer: Anthropic has no JSON mode, tool input is schema-shaped.
const answerTool = "submit_answer"

// Generate sends one chat request. Failures come back as *CallError with the
// HTTP status and Retry-After seen on the wire.
func (p *llmProvider) Generate(ctx context.Context, req Request) (Response, error) {
	msgs := make([]llms.MessageContent, 0, len(req.Messages))
	for _, m := range req.Messages {
		role := llms.ChatMessageTypeHuman
		if m.Role == "system" {
			role = llms.ChatMessageTypeSystem
		}
		msgs = append(msgs, llms.TextParts(role, m.Content))
	}
	opts := []llms.CallOption{llms.WithModel(req.Model)}
	if req.MaxOutputTokens > 0 {
		opts = append(opts, llms.WithMaxTokens(req.MaxOutputTokens))
	}
	if req.Stream && p.kind != KindOllama {
		// langchaingo streams when a streaming func is set; it accumulates
		// the chunks (and the usage event) into the final response itself.
		opts = append(opts, llms.WithStreamingFunc(func(context.Context, []byte) error { return nil }))
	}
	switch p.kind {
	case KindAnthropic:
		if len(req.Schema) > 0 {
			var schema any
			if err := json.Unmarshal(req.Schema, &schema); err != nil {
				return Response{}, fmt.Errorf("cortex: schema: %w", err)
			}
			opts = append(opts, llms.WithTools([]llms.Tool{{Type: "function", Function: &llms.FunctionDefinition{
				Name:        answerTool,
				Description: "Submit the answer. Always answer by calling this tool exactly once.",
				Parameters:  schema,
			}}}))
		}
	case KindOllama:
		opts = append(opts, llms.WithJSONMode())
	default:
		if !p.noJSONMode.Load() {
			opts = append(opts, llms.WithJSONMode())
		}
	}

	rec := &wireRecord{}
	callCtx := context.WithValue(ctx, wireRecordKey{}, rec)
	out, err := p.model.GenerateContent(callCtx, msgs, opts...)
	if err != nil && p.kind == KindOpenAI && rec.status == http.StatusBadRequest && !p.noJSONMode.Load() &&
		strings.Contains(strings.ToLower(err.Error()), "response_format") {
		// Ask once more without JSON mode and remember the server's limit.
		p.noJSONMode.Store(true)
		opts = opts[:len(opts)-1]
		rec = &wireRecord{}
		callCtx = context.WithValue(ctx, wireRecordKey{}, rec)
		out, err = p.model.GenerateContent(callCtx, msgs, opts...)
	}
	if err != nil {
		return Response{}, classify(p.name, err, rec, ctx)
	}
	if rec.status >= 400 {
		// Ollama's client ignores an error status whose body is empty.
		return Response{}, classify(p.name, fmt.Errorf("HTTP %d", rec.status), rec, ctx)
	}
	resp := Response{}
	var text strings.Builder
	for _, c := range out.Choices {
		if c == nil {
			continue
		}
		in, outTok := usageOf(c.GenerationInfo)
		if in > resp.InputTokens {
			resp.InputTokens = in
		}
		if outTok > resp.OutputTokens {
			resp.OutputTokens = outTok
		}
		for _, tc := range c.ToolCalls {
			if tc.FunctionCall != nil && tc.FunctionCall.Name == answerTool && resp.Text == "" {
				resp.Text = tc.FunctionCall.Arguments
			}
		}
		text.WriteString(c.Content)
	}
	if resp.Text == "" {
		resp.Text = text.String()
	}
	if strings.TrimSpace(resp.Text) == "" {
		return resp, &CallError{Provider: p.name, Status: rec.status, Retryable: true, Err: errEmptyAnswer}
	}
	return resp, nil
}

// usageOf reads token counts from langchaingo's GenerationInfo, whose keys
// differ by provider (OpenAI and Ollama: PromptTokens/CompletionTokens,
// Anthropic: InputTokens/OutputTokens).
func usageOf(info map[string]any) (in, out int) {
	in = max(toInt(info["PromptTokens"]), toInt(info["InputTokens"]))
	out = max(toInt(info["CompletionTokens"]), toInt(info["OutputTokens"]))
	return in, out
}

func toInt(v any) int {
	switch n := v.(type) {
	case int:
		return n
	case int32:
		return int(n)
	case int64:
		return int(n)
	case float64:
		return int(n)
	case float32:
		return int(n)
	}
	return 0
}
