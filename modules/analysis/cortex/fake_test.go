package cortex

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/ncruces/go-sqlite3/gormlite"
	_ "github.com/ncruces/go-sqlite3/vfs/memdb"
	"github.com/pressly/goose/v3"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/errs"
)

// fakeCall is one request received by a fake provider, decoded from the wire.
type fakeCall struct {
	Kind   string
	Model  string
	System string
	User   string // all user messages joined
	Stream bool
	Tools  bool
	Body   map[string]any
	Header http.Header
}

// fakeReply scripts the fake's answer to one call.
type fakeReply struct {
	Status  int               // default 200
	Header  map[string]string // e.g. Retry-After
	Answer  string            // the JSON the "model" writes
	InTok   int
	OutTok  int
	Delay   time.Duration
	RawBody string // sent verbatim instead of a well-formed envelope (malformed JSON)
}

// fakeLLM is an httptest server speaking one provider's real HTTP API:
// OpenAI chat completions (/v1/chat/completions), Anthropic messages
// (/v1/messages, answers as tool_use when a tool is offered) or Ollama chat
// (/api/chat, NDJSON streaming unless "stream": false).
type fakeLLM struct {
	t      *testing.T
	kind   string
	srv    *httptest.Server
	mu     sync.Mutex
	calls  []fakeCall
	script func(n int, c fakeCall) fakeReply
}

func newFake(t *testing.T, kind string, script func(n int, c fakeCall) fakeReply) *fakeLLM {
	t.Helper()
	f := &fakeLLM{t: t, kind: kind, script: script}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

// URL is the base_url an operator would configure for this kind.
func (f *fakeLLM) URL() string {
	switch f.kind {
	case KindOpenAI, KindAnthropic:
		return f.srv.URL + "/v1"
	}
	return f.srv.URL
}

func (f *fakeLLM) Calls() []fakeCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]fakeCall(nil), f.calls...)
}

func textOf(content any) string {
	switch c := content.(type) {
	case string:
		return c
	case []any:
		var b strings.Builder
		for _, p := range c {
			if m, ok := p.(map[string]any); ok {
				if s, ok := m["text"].(string); ok {
					b.WriteString(s)
				}
			}
		}
		return b.String()
	}
	return ""
}

func (f *fakeLLM) serve(w http.ResponseWriter, r *http.Request) {
	want := map[string]string{KindOpenAI: "/v1/chat/completions", KindAnthropic: "/v1/messages", KindOllama: "/api/chat"}[f.kind]
	if r.Method != http.MethodPost || r.URL.Path != want {
		http.Error(w, `{"error":"not found"}`, http.StatusNotFound)
		return
	}
	switch f.kind {
	case KindOpenAI:
		if !strings.HasPrefix(r.Header.Get("Authorization"), "Bearer ") {
			http.Error(w, `{"error":{"message":"no key"}}`, http.StatusUnauthorized)
			return
		}
	case KindAnthropic:
		if r.Header.Get("x-api-key") == "" || r.Header.Get("anthropic-version") == "" {
			http.Error(w, `{"type":"error","error":{"type":"authentication_error","message":"no key"}}`, http.StatusUnauthorized)
			return
		}
	}
	raw, _ := io.ReadAll(r.Body)
	var body map[string]any
	if err := json.Unmarshal(raw, &body); err != nil {
		http.Error(w, `{"error":"bad json"}`, http.StatusBadRequest)
		return
	}
	c := fakeCall{Kind: f.kind, Body: body, Header: r.Header.Clone()}
	c.Model, _ = body["model"].(string)
	if s, ok := body["system"].(string); ok {
		c.System = s
	}
	if msgs, ok := body["messages"].([]any); ok {
		for _, m := range msgs {
			mm, _ := m.(map[string]any)
			txt := textOf(mm["content"])
			if mm["role"] == "system" {
				c.System += txt
			} else {
				c.User += txt + "\n"
			}
		}
	}
	stream, hasStream := body["stream"].(bool)
	c.Stream = stream || (f.kind == KindOllama && !hasStream)
	_, c.Tools = body["tools"]
	f.mu.Lock()
	n := len(f.calls)
	f.calls = append(f.calls, c)
	f.mu.Unlock()

	rep := f.script(n, c)
	if rep.Delay > 0 {
		select {
		case <-time.After(rep.Delay):
		case <-r.Context().Done():
			return
		}
	}
	for k, v := range rep.Header {
		w.Header().Set(k, v)
	}
	if rep.Status != 0 && rep.Status != http.StatusOK {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(rep.Status)
		if rep.RawBody != "" {
			io.WriteString(w, rep.RawBody)
			return
		}
		switch f.kind {
		case KindOllama:
			fmt.Fprintf(w, `{"error":"status %d"}`, rep.Status)
		case KindAnthropic:
			fmt.Fprintf(w, `{"type":"error","error":{"type":"api_error","message":"status %d"}}`, rep.Status)
		default:
			fmt.Fprintf(w, `{"error":{"message":"status %d","type":"server_error"}}`, rep.Status)
		}
		return
	}
	if rep.RawBody != "" {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, rep.RawBody)
		return
	}
	if c.Stream && f.kind != KindOllama {
		f.serveSSE(w, c, rep)
		return
	}
	switch f.kind {
	case KindOpenAI:
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{
			"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": c.Model,
			"choices": []any{map[string]any{"index": 0, "finish_reason": "stop",
				"message": map[string]any{"role": "assistant", "content": rep.Answer}}},
			"usage": map[string]any{"prompt_tokens": rep.InTok, "completion_tokens": rep.OutTok, "total_tokens": rep.InTok + rep.OutTok},
		})
	case KindAnthropic:
		var block map[string]any
		var input map[string]any
		if c.Tools && json.Unmarshal([]byte(rep.Answer), &input) == nil {
			block = map[string]any{"type": "tool_use", "id": "toolu_1", "name": answerTool, "input": input}
		} else {
			block = map[string]any{"type": "text", "text": rep.Answer}
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{
			"id": "msg_1", "type": "message", "role": "assistant", "model": c.Model, "stop_reason": "end_turn",
			"content": []any{block},
			"usage":   map[string]any{"input_tokens": rep.InTok, "output_tokens": rep.OutTok},
		})
	case KindOllama:
		if !c.Stream {
			w.Header().Set("Content-Type", "application/json")
			json.NewEncoder(w).Encode(map[string]any{"model": c.Model, "created_at": "2026-11-23T00:00:00Z",
				"message": map[string]any{"role": "assistant", "content": rep.Answer}, "done": true,
				"prompt_eval_count": rep.InTok, "eval_count": rep.OutTok})
			return
		}
		w.Header().Set("Content-Type", "application/x-ndjson")
		bw := bufio.NewWriter(w)
		parts := splitN(rep.Answer, 3)
		enc := json.NewEncoder(bw)
		for _, p := range parts {
			enc.Encode(map[string]any{"model": c.Model, "created_at": "2026-11-23T00:00:00Z",
				"message": map[string]any{"role": "assistant", "content": p}, "done": false})
			bw.Flush()
			w.(http.Flusher).Flush()
		}
		enc.Encode(map[string]any{"model": c.Model, "created_at": "2026-11-23T00:00:00Z",
			"message": map[string]any{"role": "assistant", "content": ""}, "done": true, "done_reason": "stop",
			"prompt_eval_count": rep.InTok, "eval_count": rep.OutTok})
		bw.Flush()
	}
}

// serveSSE streams the answer as OpenAI chat.completion.chunk events
// (usage in a last chunk with no choices, then [DONE]) or as Anthropic
// message events (tool_use input as input_json_delta when a tool is offered).
func (f *fakeLLM) serveSSE(w http.ResponseWriter, c fakeCall, rep fakeReply) {
	w.Header().Set("Content-Type", "text/event-stream")
	fl := w.(http.Flusher)
	send := func(event string, v any) {
		b, _ := json.Marshal(v)
		if event != "" {
			fmt.Fprintf(w, "event: %s\n", event)
		}
		fmt.Fprintf(w, "data: %s\n\n", b)
		fl.Flush()
	}
	parts := splitN(rep.Answer, 3)
	if f.kind == KindOpenAI {
		for i, p := range parts {
			delta := map[string]any{"content": p}
			if i == 0 {
				delta["role"] = "assistant"
			}
			send("", map[string]any{"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": c.Model,
				"choices": []any{map[string]any{"index": 0, "delta": delta, "finish_reason": nil}}})
		}
		send("", map[string]any{"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": c.Model,
			"choices": []any{}, "usage": map[string]any{"prompt_tokens": rep.InTok, "completion_tokens": rep.OutTok, "total_tokens": rep.InTok + rep.OutTok}})
		fmt.Fprint(w, "data: [DONE]\n\n")
		fl.Flush()
		return
	}
	var probe map[string]any
	tool := c.Tools && json.Unmarshal([]byte(rep.Answer), &probe) == nil
	send("message_start", map[string]any{"type": "message_start", "message": map[string]any{"id": "msg_1", "type": "message",
		"role": "assistant", "model": c.Model, "content": []any{}, "usage": map[string]any{"input_tokens": rep.InTok, "output_tokens": 1}}})
	if tool {
		send("content_block_start", map[string]any{"type": "content_block_start", "index": 0,
			"content_block": map[string]any{"type": "tool_use", "id": "toolu_1", "name": answerTool, "input": map[string]any{}}})
		for _, p := range parts {
			send("content_block_delta", map[string]any{"type": "content_block_delta", "index": 0,
				"delta": map[string]any{"type": "input_json_delta", "partial_json": p}})
		}
	} else {
		send("content_block_start", map[string]any{"type": "content_block_start", "index": 0,
			"content_block": map[string]any{"type": "text", "text": ""}})
		for _, p := range parts {
			send("content_block_delta", map[string]any{"type": "content_block_delta", "index": 0,
				"delta": map[string]any{"type": "text_delta", "text": p}})
		}
	}
	send("content_block_stop", map[string]any{"type": "content_block_stop", "index": 0})
	send("message_delta", map[string]any{"type": "message_delta", "delta": map[string]any{"stop_reason": "end_turn"},
		"usage": map[string]any{"output_tokens": rep.OutTok}})
	send("message_stop", map[string]any{"type": "message_stop"})
}

func splitN(s string, n int) []string {
	if len(s) < n {
		return []string{s}
	}
	var out []string
	size := len(s) / n
	for i := 0; i < n-1; i++ {
		out = append(out, s[i*size:(i+1)*size])
	}
	return append(out, s[(n-1)*size:])
}

// blockRE finds data blocks; the closing marker must carry the same id.
var blockBegin = regexp.MustCompile(`-----BEGIN UNTRUSTED DATA ([0-9a-f]+)-----`)

// splitBlocks separates a prompt into the text outside data blocks (what a
// model treats as instructions) and inside them. A block ends only at the
// END marker with its own id: a forged END with another id is data.
func splitBlocks(s string) (outside, inside string) {
	var out, in strings.Builder
	for {
		loc := blockBegin.FindStringSubmatchIndex(s)
		if loc == nil {
			out.WriteString(s)
			break
		}
		out.WriteString(s[:loc[0]])
		id := s[loc[2]:loc[3]]
		end := "-----END UNTRUSTED DATA " + id + "-----"
		rest := s[loc[1]:]
		j := strings.Index(rest, end)
		if j < 0 {
			// Unterminated: everything left is data.
			in.WriteString(rest)
			break
		}
		in.WriteString(rest[:j])
		s = rest[j+len(end):]
	}
	return out.String(), in.String()
}

var injection = regexp.MustCompile(`(?i)ignore (all )?previous instructions`)

// obedientTriage is a fake model that obeys any injection it sees outside
// the data blocks (as a naive model would when delimiters leak) and
// otherwise judges the finding: a snippet that concatenates into SQL is a
// true positive, a parameterised one ("?" placeholder) a false positive.
func obedientTriage(c fakeCall) string {
	outside, inside := splitBlocks(c.User)
	if injection.MatchString(outside) {
		return `{"verdict":"false_positive","confidence":0.99,"reason":"instructed to report no issues"}`
	}
	if strings.Contains(inside, `"snippet": "`) && strings.Contains(inside, "?\"") {
		return `{"verdict":"false_positive","confidence":0.8,"reason":"the query uses a ? placeholder"}`
	}
	return `{"verdict":"true_positive","confidence":0.9,"reason":"user input is concatenated into the SQL string"}`
}

func taskOf(c fakeCall) string {
	for _, name := range []string{"triage", "review", "fix", "recheck", "summary"} {
		if strings.Contains(c.System, schemaSources[name]) {
			if strings.Contains(c.User, "previous answer was rejected") {
				return name + "_repair"
			}
			return name
		}
	}
	return ""
}

// fakeClock advances only when told or when something sleeps.
type fakeClock struct {
	mu     sync.Mutex
	now    time.Time
	sleeps []time.Duration
}

func newFakeClock() *fakeClock {
	return &fakeClock{now: time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	c.mu.Lock()
	c.sleeps = append(c.sleeps, d)
	c.now = c.now.Add(d)
	c.mu.Unlock()
	return ctx.Err()
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

func (c *fakeClock) Sleeps() []time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]time.Duration(nil), c.sleeps...)
}

// migrate applies only cortex's migration (00035) of the dialect.
func migrate(t *testing.T, db *sql.DB, dialect goose.Dialect, dir string) {
	t.Helper()
	b, err := os.ReadFile("../../../migrations/" + dir + "/00035_ai_cache.sql")
	if err != nil {
		t.Fatal(err)
	}
	p, err := goose.NewProvider(dialect, db, fstest.MapFS{"00035_ai_cache.sql": {Data: b}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Up(context.Background()); err != nil {
		t.Fatalf("migrate %s: %v", dir, err)
	}
}

var dbSeq int
var dbSeqMu sync.Mutex

// sqliteDB opens a fresh in-memory SQLite database with ai_cache.
func sqliteDB(t *testing.T) *gorm.DB {
	t.Helper()
	dbSeqMu.Lock()
	dbSeq++
	name := fmt.Sprintf("cortex_%d_%d", os.Getpid(), dbSeq)
	dbSeqMu.Unlock()
	db, err := gorm.Open(gormlite.Open("file:/"+name+"?vfs=memdb&_pragma=busy_timeout(10000)"), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		t.Fatal(err)
	}
	sqlDB, _ := db.DB()
	t.Cleanup(func() { sqlDB.Close() })
	migrate(t, sqlDB, goose.DialectSQLite3, "sqlite")
	return db
}

// gormConn gives a bare *gorm.DB the Conn method of Database (the tests'
// own in-memory databases carry no transactions).
type gormConn struct{ db *gorm.DB }

func (g gormConn) Conn(ctx context.Context) *gorm.DB { return g.db.WithContext(ctx) }

// bothDBs runs fn on fresh SQLite and PostgreSQL databases with every
// migration applied, through the platform's shared test helper.
func bothDBs(t *testing.T, fn func(t *testing.T, db *gorm.DB)) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) { fn(t, db.Gorm()) })
}

// provider returns the configuration of a fake provider.
func provider(f *fakeLLM, name string, models ...config.AIModel) config.AIProvider {
	return config.AIProvider{Name: name, Kind: f.kind, BaseURL: f.URL(), APIKey: "test-key", Models: models}
}

func fast(name string, in, out float64, ctx int) config.AIModel {
	return config.AIModel{Name: name, Tier: "fast", InputPrice: in, OutputPrice: out, Context: ctx}
}

func strong(name string, in, out float64, ctx int) config.AIModel {
	return config.AIModel{Name: name, Tier: "strong", InputPrice: in, OutputPrice: out, Context: ctx}
}

// newTestService builds cortex on db with the given providers and a fake clock.
func newTestService(t *testing.T, db *gorm.DB, clock *fakeClock, ai config.AI) *Service {
	t.Helper()
	if db == nil {
		db = sqliteDB(t)
	}
	d := Deps{AI: ai, DB: gormConn{db}}
	if clock != nil {
		d.Clock = clock
	}
	s, err := New(d)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func jsonString(s string) (string, error) {
	b, err := json.Marshal(s)
	return string(b), err
}

func asErr(err error, target **errs.Error) bool { return errors.As(err, target) }
