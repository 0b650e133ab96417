package cortex

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/netip"
	"strings"
	"time"

	"vigil/platform/config"
	"vigil/platform/netguard"
)

// CheckError is why a provider's base URL or key was refused by CheckProvider.
type CheckError struct {
	// Field is the configuration field at fault: "api_key" or "base_url";
	// empty when the provider itself failed (5xx) and the key may be fine.
	Field string
	// Status is the HTTP status seen, 0 when no answer came.
	Status  int
	Message string
	Err     error
}

func (e *CheckError) Error() string { return "cortex: provider check: " + e.Message }

func (e *CheckError) Unwrap() error { return e.Err }

// checkTimeout bounds CheckProvider when ctx has no earlier deadline.
const checkTimeout = 15 * time.Second

// CheckProvider proves that a provider's base URL and key work with the
// cheapest authenticated call each API offers, listing its models: OpenAI
// (and compatible servers) GET {base}/models, Anthropic GET {base}/v1/models,
// Ollama GET {base}/api/tags. It costs no tokens. client must be the
// SSRF-guarded client for user-supplied providers. The key is sent only to
// the provider's own host and never appears in the error.
func CheckProvider(ctx context.Context, p config.AIProvider, client *http.Client) error {
	if client == nil {
		return errors.New("cortex: CheckProvider needs an HTTP client")
	}
	ctx, cancel := context.WithTimeout(ctx, checkTimeout)
	defer cancel()
	var endpoint string
	hdr := http.Header{}
	switch p.Kind {
	case KindOpenAI:
		endpoint = strings.TrimSuffix(orDefault(p.BaseURL, defaultOpenAIURL), "/") + "/models"
		if p.APIKey != "" {
			hdr.Set("Authorization", "Bearer "+p.APIKey)
		}
	case KindAnthropic:
		base := strings.TrimSuffix(orDefault(p.BaseURL, defaultAnthropicURL), "/")
		if !strings.HasSuffix(base, "/v1") {
			base += "/v1"
		}
		endpoint = base + "/models"
		hdr.Set("X-Api-Key", p.APIKey)
		hdr.Set("Anthropic-Version", "2023-06-01")
	case KindOllama:
		endpoint = strings.TrimSuffix(orDefault(p.BaseURL, defaultOllamaURL), "/") + "/api/tags"
		if p.APIKey != "" {
			// Ollama needs none; a reverse proxy in front of it may.
			hdr.Set("Authorization", "Bearer "+p.APIKey)
		}
	default:
		return &CheckError{Field: "kind", Message: fmt.Sprintf("unknown kind %q", p.Kind)}
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, endpoint, nil)
	if err != nil {
		return &CheckError{Field: "base_url", Message: "base_url is not a valid URL", Err: err}
	}
	req.Header = hdr
	req.Header.Set("Accept", "application/json")
	resp, err := client.Do(req)
	if err != nil && errors.Is(err, netguard.ErrBlocked) {
		return &CheckError{Field: "base_url", Message: blockedMessage(err), Err: err}
	}
	if err != nil {
		return &CheckError{Field: "base_url", Message: "could not reach " + redactURL(endpoint) + ": " + scrub(err.Error(), p.APIKey), Err: err}
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 4<<20))
	switch {
	case resp.StatusCode == http.StatusUnauthorized || resp.StatusCode == http.StatusForbidden:
		return &CheckError{Field: "api_key", Status: resp.StatusCode, Message: fmt.Sprintf("the provider rejected the API key (HTTP %d)", resp.StatusCode)}
	case resp.StatusCode == http.StatusNotFound:
		return &CheckError{Field: "base_url", Status: resp.StatusCode, Message: fmt.Sprintf("%s answered 404: the base URL does not serve the %s API", redactURL(endpoint), p.Kind)}
	case resp.StatusCode == http.StatusTooManyRequests:
		return &CheckError{Field: "api_key", Status: resp.StatusCode, Message: "the provider refused the key with HTTP 429 (rate limit or no quota left); try again later"}
	case resp.StatusCode >= 500:
		return &CheckError{Status: resp.StatusCode, Message: fmt.Sprintf("the provider failed (HTTP %d); try again later", resp.StatusCode)}
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return &CheckError{Field: "base_url", Status: resp.StatusCode, Message: fmt.Sprintf("unexpected HTTP %d from %s", resp.StatusCode, redactURL(endpoint))}
	}
	var v map[string]any
	if err := json.Unmarshal(body, &v); err != nil {
		return &CheckError{Field: "base_url", Status: resp.StatusCode, Message: fmt.Sprintf("%s did not answer like the %s API (not a JSON object)", redactURL(endpoint), p.Kind)}
	}
	list := "data"
	if p.Kind == KindOllama {
		list = "models"
	}
	if _, ok := v[list].([]any); !ok {
		return &CheckError{Field: "base_url", Status: resp.StatusCode, Message: fmt.Sprintf("%s did not answer like the %s API (no %q list)", redactURL(endpoint), p.Kind, list)}
	}
	return nil
}

// blockedMessage says which address the SSRF guard refused and why, in
// words a workspace admin can act on (the transport's "Get ...: dial"
// wrapping says nothing useful to them).
func blockedMessage(err error) string {
	const tail = "workspace providers must be on a public address; an instance operator can allow this one with VIGIL_OUTBOUND_ALLOW"
	var b *netguard.BlockedError
	if errors.As(err, &b) {
		why := b.Reason
		_, perr := netip.ParseAddrPort(b.Addr)
		if _, aerr := netip.ParseAddr(b.Addr); perr == nil || aerr == nil {
			article := "a"
			if b.Reason != "" && strings.ContainsRune("aeiou", rune(b.Reason[0])) {
				article = "an"
			}
			why = article + " " + b.Reason + " address"
		}
		return fmt.Sprintf("Vigil does not connect to %s (%s): %s", b.Addr, why, tail)
	}
	return "Vigil does not connect to this address: " + tail
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// redactURL drops the query (some gateways take keys there).
func redactURL(u string) string {
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		return u[:i]
	}
	return u
}

// scrub removes the key from a transport error, should one quote it.
func scrub(msg, key string) string {
	if len(key) >= 4 {
		msg = strings.ReplaceAll(msg, key, "[redacted]")
	}
	return msg
}
