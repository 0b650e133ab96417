// Package openaitest serves the OpenAI-compatible HTTP API a model
// provider is configured with (base URL ending in /v1) for tests that run
// the application against a scripted model:
//
//	model := openaitest.New(t, openaitest.Options{Answer: func(c openaitest.Call) any {
//		return map[string]any{"verdict": "true_positive", "confidence": 0.9, "reason": "seen"}
//	}})
//	... BaseURL: model.Base() ...
//	for _, c := range model.Calls() { ... c.User ... }
//
// It answers POST /v1/chat/completions as JSON, or as server-sent events
// when the request asks for "stream": true, with usage counts either way;
// GET /v1/models lists Options.Models. Everything else is 404.
package openaitest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

// Usage is the token count every answer reports.
var Usage = map[string]any{"prompt_tokens": 1000, "completion_tokens": 100, "total_tokens": 1100}

// Options script the server.
type Options struct {
	// Key, when set, is the only API key accepted: any other Authorization
	// is refused with 401 and the error body OpenAI sends.
	Key string
	// Models are the ids GET /v1/models lists.
	Models []string
	// Answer gives the content of the assistant's message for one chat
	// call: a string is sent as it is, anything else as its JSON. It may be
	// called from several goroutines at once. Nil answers "{}".
	Answer func(Call) any
}

// Call is one chat completion request the server accepted.
type Call struct {
	Model         string
	Stream        bool
	System        string // the system messages, joined
	User          string // every other message, each followed by a line break
	Authorization string // the request's Authorization header
	Raw           string // the request body as received
}

// Server is a running fake provider, closed when the test ends.
type Server struct {
	opts    Options
	srv     *httptest.Server
	mu      sync.Mutex
	calls   []Call
	listing int
}

// New starts a server and closes it when t ends.
func New(t testing.TB, opts Options) *Server {
	t.Helper()
	s := &Server{opts: opts}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.srv.Close)
	return s
}

// Base is the base URL an operator would configure: the server's URL with /v1.
func (s *Server) Base() string { return s.srv.URL + "/v1" }

// HostPort is the server's host:port, for an outbound allow-list.
func (s *Server) HostPort() string { return strings.TrimPrefix(s.srv.URL, "http://") }

// Calls returns the chat completion requests accepted so far, in order.
func (s *Server) Calls() []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Call(nil), s.calls...)
}

// ModelListings counts GET /v1/models requests, answered or refused (a
// key check).
func (s *Server) ModelListings() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.listing
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	if r.URL.Path == "/v1/models" {
		s.mu.Lock()
		s.listing++
		s.mu.Unlock()
	}
	if s.opts.Key != "" && r.Header.Get("Authorization") != "Bearer "+s.opts.Key {
		w.WriteHeader(http.StatusUnauthorized)
		_, _ = io.WriteString(w, `{"error":{"message":"Incorrect API key provided","type":"invalid_request_error","code":"invalid_api_key"}}`)
		return
	}
	switch {
	case r.Method == http.MethodGet && r.URL.Path == "/v1/models":
		data := []any{}
		for _, m := range s.opts.Models {
			data = append(data, map[string]any{"id": m, "object": "model", "created": 1, "owned_by": "openaitest"})
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"object": "list", "data": data})
	case r.Method == http.MethodPost && r.URL.Path == "/v1/chat/completions":
		s.chat(w, r)
	default:
		w.WriteHeader(http.StatusNotFound)
		_, _ = io.WriteString(w, `{"error":{"message":"not found"}}`)
	}
}

func (s *Server) chat(w http.ResponseWriter, r *http.Request) {
	raw, _ := io.ReadAll(r.Body)
	var body struct {
		Model    string `json:"model"`
		Stream   bool   `json:"stream"`
		Messages []struct {
			Role    string `json:"role"`
			Content string `json:"content"`
		} `json:"messages"`
	}
	if err := json.Unmarshal(raw, &body); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		_, _ = io.WriteString(w, `{"error":{"message":"invalid JSON body"}}`)
		return
	}
	c := Call{Model: body.Model, Stream: body.Stream, Authorization: r.Header.Get("Authorization"), Raw: string(raw)}
	for _, m := range body.Messages {
		if m.Role == "system" {
			c.System += m.Content
		} else {
			c.User += m.Content + "\n"
		}
	}
	s.mu.Lock()
	s.calls = append(s.calls, c)
	s.mu.Unlock()

	var content string
	switch a := answerOf(s.opts.Answer, c).(type) {
	case string:
		content = a
	default:
		b, _ := json.Marshal(a)
		content = string(b)
	}
	if body.Stream {
		w.Header().Set("Content-Type", "text/event-stream")
		chunk, _ := json.Marshal(map[string]any{"id": "c", "object": "chat.completion.chunk", "created": 1, "model": body.Model,
			"choices": []any{map[string]any{"index": 0, "delta": map[string]any{"role": "assistant", "content": content}}}})
		done, _ := json.Marshal(map[string]any{"id": "c", "object": "chat.completion.chunk", "created": 1, "model": body.Model,
			"choices": []any{map[string]any{"index": 0, "delta": map[string]any{}, "finish_reason": "stop"}}, "usage": Usage})
		fmt.Fprintf(w, "data: %s\n\ndata: %s\n\ndata: [DONE]\n\n", chunk, done)
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]any{"id": "c", "object": "chat.completion", "created": 1, "model": body.Model,
		"choices": []any{map[string]any{"index": 0, "finish_reason": "stop", "message": map[string]any{"role": "assistant", "content": content}}},
		"usage":   Usage})
}

func answerOf(f func(Call) any, c Call) any {
	if f == nil {
		return "{}"
	}
	return f(c)
}
