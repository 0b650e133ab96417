package deps

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"vigil/platform/clock"
)

// Client talks to an OSV API server (api.osv.dev or a mirror speaking the
// same API): POST /v1/querybatch to learn which advisories affect each
// package version, then GET /v1/vulns/{id} for each advisory's details.
type Client struct {
	// BaseURL is the server root, e.g. https://api.osv.dev (a trailing
	// "/v1" or "/v1/querybatch" is tolerated).
	BaseURL string
	// HTTP is the client used; nil means one with a 60 s timeout.
	HTTP *http.Client
	// BatchSize is the number of queries per querybatch call (OSV
	// accepts up to 1000); 0 means 1000.
	BatchSize int
	// Concurrency bounds parallel /v1/vulns requests; 0 means 8.
	Concurrency int
	// Retries is how many times a request failing with a network error,
	// 429 or 5xx is retried; RetryWait is the first pause (doubled each
	// time). Zero values mean 2 retries and 500 ms.
	Retries   int
	RetryWait time.Duration
}

// Query asks for the advisories affecting one package version.
type Query struct {
	Package   QueryPackage `json:"package"`
	Version   string       `json:"version,omitempty"`
	PageToken string       `json:"page_token,omitempty"`
}

// QueryPackage names the package of a Query.
type QueryPackage struct {
	Name      string `json:"name"`
	Ecosystem string `json:"ecosystem"`
}

type batchRequest struct {
	Queries []Query `json:"queries"`
}

type batchResponse struct {
	Results []struct {
		Vulns []struct {
			ID       string `json:"id"`
			Modified string `json:"modified"`
		} `json:"vulns"`
		NextPageToken string `json:"next_page_token"`
	} `json:"results"`
}

// maxResponse bounds what is read from the server.
const maxResponse = 64 << 20

func (c *Client) base() string {
	b := strings.TrimRight(c.BaseURL, "/")
	b = strings.TrimSuffix(b, "/v1/querybatch")
	b = strings.TrimSuffix(b, "/v1")
	return b
}

func (c *Client) httpClient() *http.Client {
	if c.HTTP != nil {
		return c.HTTP
	}
	return &http.Client{Timeout: 60 * time.Second}
}

// QueryBatch returns, for each query in order, the ids of the advisories
// the server says affect it, following next_page_token pages.
func (c *Client) QueryBatch(ctx context.Context, queries []Query) ([][]string, error) {
	size := c.BatchSize
	if size <= 0 || size > 1000 {
		size = 1000
	}
	out := make([][]string, len(queries))
	pending := make([]int, len(queries))
	for i := range pending {
		pending[i] = i
	}
	tokens := make([]string, len(queries))
	for round := 0; len(pending) > 0; round++ {
		if round > 100 {
			return nil, errors.New("osv: querybatch kept returning page tokens")
		}
		var next []int
		for start := 0; start < len(pending); start += size {
			chunk := pending[start:min(start+size, len(pending))]
			req := batchRequest{Queries: make([]Query, len(chunk))}
			for j, qi := range chunk {
				req.Queries[j] = queries[qi]
				req.Queries[j].PageToken = tokens[qi]
			}
			var resp batchResponse
			if err := c.do(ctx, http.MethodPost, c.base()+"/v1/querybatch", req, &resp); err != nil {
				return nil, err
			}
			if len(resp.Results) != len(chunk) {
				return nil, fmt.Errorf("osv: querybatch answered %d results for %d queries", len(resp.Results), len(chunk))
			}
			for j, r := range resp.Results {
				qi := chunk[j]
				for _, v := range r.Vulns {
					out[qi] = append(out[qi], v.ID)
				}
				if r.NextPageToken != "" {
					tokens[qi] = r.NextPageToken
					next = append(next, qi)
				}
			}
		}
		pending = next
	}
	return out, nil
}

// Vuln fetches one advisory.
func (c *Client) Vuln(ctx context.Context, id string) (*Vuln, error) {
	var v Vuln
	if err := c.do(ctx, http.MethodGet, c.base()+"/v1/vulns/"+url.PathEscape(id), nil, &v); err != nil {
		return nil, err
	}
	if v.ID == "" {
		return nil, fmt.Errorf("osv: advisory %s: empty answer", id)
	}
	return &v, nil
}

// Vulns fetches advisories concurrently.
func (c *Client) Vulns(ctx context.Context, ids []string) (map[string]*Vuln, error) {
	conc := c.Concurrency
	if conc <= 0 {
		conc = 8
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		mu       sync.Mutex
		out      = make(map[string]*Vuln, len(ids))
		firstErr error
		wg       sync.WaitGroup
		sem      = make(chan struct{}, conc)
	)
	for _, id := range ids {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			v, err := c.Vuln(ctx, id)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				if firstErr == nil {
					firstErr = err
					cancel()
				}
				return
			}
			out[id] = v
		}()
	}
	wg.Wait()
	return out, firstErr
}

// do sends one request with retries and decodes the JSON answer.
func (c *Client) do(ctx context.Context, method, u string, body, into any) error {
	var payload []byte
	if body != nil {
		var err error
		if payload, err = json.Marshal(body); err != nil {
			return err
		}
	}
	retries, wait := c.Retries, c.RetryWait
	if retries == 0 {
		retries = 2
	}
	if retries < 0 {
		retries = 0
	}
	if wait <= 0 {
		wait = 500 * time.Millisecond
	}
	var lastErr error
	for attempt := 0; attempt <= retries; attempt++ {
		if attempt > 0 {
			if err := clock.Sleep(ctx, wait); err != nil {
				return err
			}
			wait *= 2
		}
		retry, err := c.once(ctx, method, u, payload, into)
		if err == nil {
			return nil
		}
		lastErr = err
		if !retry || ctx.Err() != nil {
			break
		}
	}
	return lastErr
}

func (c *Client) once(ctx context.Context, method, u string, payload []byte, into any) (retry bool, err error) {
	var rd io.Reader
	if payload != nil {
		rd = bytes.NewReader(payload)
	}
	req, err := http.NewRequestWithContext(ctx, method, u, rd)
	if err != nil {
		return false, fmt.Errorf("osv: %w", err)
	}
	req.Header.Set("Accept", "application/json")
	if payload != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.httpClient().Do(req)
	if err != nil {
		return true, fmt.Errorf("osv: %w", err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxResponse+1))
	if err != nil {
		return true, fmt.Errorf("osv: %s %s: reading the answer: %w", method, redactURL(u), err)
	}
	if resp.StatusCode != http.StatusOK {
		msg := strings.TrimSpace(string(data))
		if len(msg) > 200 {
			msg = msg[:200] + "…"
		}
		retry = resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500
		return retry, fmt.Errorf("osv: %s %s: HTTP %d: %s", method, redactURL(u), resp.StatusCode, msg)
	}
	if len(data) > maxResponse {
		return false, fmt.Errorf("osv: %s %s: answer larger than %d bytes", method, redactURL(u), maxResponse)
	}
	if err := json.Unmarshal(data, into); err != nil {
		return false, fmt.Errorf("osv: %s %s: invalid JSON answer: %w", method, redactURL(u), err)
	}
	return false, nil
}

// redactURL drops credentials a configured URL might carry.
func redactURL(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return u
	}
	return p.Redacted()
}
