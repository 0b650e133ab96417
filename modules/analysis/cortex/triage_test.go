package cortex

import (
	"context"
	"errors"
	"fmt"
	"math"
	"net/http"
	"strings"
	"testing"
	"testing/fstest"

	"vigil/modules/analysis/scanner"
	"vigil/platform/config"
)

const sqliPy = `import sqlite3
from flask import request

def get_user(db):
    user_id = request.args.get("id")
    cur = db.cursor()
    cur.execute("SELECT * FROM users WHERE id = " + user_id)
    return cur.fetchone()
`

func sqliFinding() scanner.Finding {
	return scanner.Finding{RuleID: "py.sqli", Kind: scanner.KindTaint, Title: "SQL injection", Message: "request data reaches cursor.execute",
		Severity: scanner.SeverityHigh, Confidence: scanner.ConfidenceMedium, CWE: []string{"CWE-89"},
		Location: scanner.Location{Path: "app/users.py", StartLine: 7, EndLine: 7, StartColumn: 5, EndColumn: 60},
		Snippet:  `cur.execute("SELECT * FROM users WHERE id = " + user_id)`, Fingerprint: "fp-sqli"}
}

func srcFS(files map[string]string) fstest.MapFS {
	m := fstest.MapFS{}
	for p, c := range files {
		m[p] = &fstest.MapFile{Data: []byte(c)}
	}
	return m
}

// Each provider kind is driven over its real HTTP API: the answer, the usage
// counts and the model name come back through langchaingo.
func TestTriageOverEachProviderProtocol(t *testing.T) {
	src := srcFS(map[string]string{"app/users.py": sqliPy})
	for _, kind := range []string{KindOpenAI, KindAnthropic, KindOllama} {
		t.Run(kind, func(t *testing.T) {
			fake := newFake(t, kind, func(n int, c fakeCall) fakeReply {
				return fakeReply{Answer: obedientTriage(c), InTok: 1200, OutTok: 80}
			})
			s := newTestService(t, nil, nil, config.AI{Providers: []config.AIProvider{provider(fake, "p-"+kind, fast("m-"+kind, 1, 4, 100000))}})
			b := NewBudget(1)
			res := s.Triage(context.Background(), b, src, sqliFinding())
			if res.Status != StatusOK || res.Verdict != VerdictTruePositive {
				t.Fatalf("triage = %+v", res)
			}
			if res.Model != "m-"+kind || res.Provider != "p-"+kind {
				t.Fatalf("attribution = %s/%s", res.Provider, res.Model)
			}
			calls := fake.Calls()
			if len(calls) != 1 || calls[0].Model != "m-"+kind {
				t.Fatalf("calls = %+v", calls)
			}
			switch kind {
			case KindAnthropic:
				if !calls[0].Tools {
					t.Error("anthropic request offered no answer tool")
				}
			case KindOllama:
				if !calls[0].Stream {
					t.Error("ollama request was expected to stream (NDJSON)")
				}
				if calls[0].Body["format"] != "json" {
					t.Errorf("ollama format = %v", calls[0].Body["format"])
				}
			case KindOpenAI:
				rf, _ := calls[0].Body["response_format"].(map[string]any)
				if rf["type"] != "json_object" {
					t.Errorf("openai response_format = %v", calls[0].Body["response_format"])
				}
			}
			u := b.Usage()
			want := (1200*1.0 + 80*4.0) / 1e6
			if u.InputTokens != 1200 || u.OutputTokens != 80 || math.Abs(u.CostUSD-want) > 1e-12 || math.Abs(b.Spent()-want) > 1e-12 {
				t.Fatalf("usage = %+v spent %v, want cost %v", u, b.Spent(), want)
			}
		})
	}
}

func TestCostArithmetic(t *testing.T) {
	m := ModelInfo{InputPrice: 3, OutputPrice: 15}
	tests := []struct {
		in, out int
		want    float64
	}{
		{0, 0, 0},
		{1_000_000, 0, 3},
		{0, 1_000_000, 15},
		{2000, 500, 0.006 + 0.0075},
		{1, 1, 18e-6},
	}
	for _, tt := range tests {
		t.Run("", func(t *testing.T) {
			if got := m.Cost(tt.in, tt.out); math.Abs(got-tt.want) > 1e-12 {
				t.Fatalf("Cost(%d,%d) = %v, want %v", tt.in, tt.out, got, tt.want)
			}
		})
	}

	t.Run("quote brackets real spend", func(t *testing.T) {
		fake := newFake(t, KindOpenAI, func(n int, c fakeCall) fakeReply {
			// A real tokenizer: ~4 bytes per token of what was sent.
			return fakeReply{Answer: obedientTriage(c), InTok: (len(c.System) + len(c.User)) / 4, OutTok: 60}
		})
		s := newTestService(t, nil, nil, config.AI{Providers: []config.AIProvider{provider(fake, "o",
			fast("cheap", 0.15, 0.6, 128000), fast("dear", 1, 4, 128000))}})
		lo, hi := s.Quote([]int{len(sqliPy)}, TierFast)
		if !(lo > 0 && lo < hi) {
			t.Fatalf("quote = %v..%v", lo, hi)
		}
		lo2, hi2 := s.Quote([]int{len(sqliPy), len(sqliPy)}, TierFast)
		if math.Abs(lo2-2*lo) > 1e-12 || math.Abs(hi2-2*hi) > 1e-12 {
			t.Fatalf("quote not additive: %v..%v vs %v..%v", lo2, hi2, lo, hi)
		}
		b := NewBudget(hi)
		res := s.Triage(context.Background(), b, srcFS(map[string]string{"app/users.py": sqliPy}), sqliFinding())
		if res.Status != StatusOK || res.Model != "cheap" {
			t.Fatalf("triage = %+v", res)
		}
		if spent := b.Spent(); spent <= 0 || spent > hi {
			t.Fatalf("spent %v outside quote max %v", spent, hi)
		}
	})
}

func TestBudgetStopsCalls(t *testing.T) {
	src := srcFS(map[string]string{"app/users.py": sqliPy})
	fake := newFake(t, KindOpenAI, func(n int, c fakeCall) fakeReply {
		return fakeReply{Answer: obedientTriage(c), InTok: 1000, OutTok: 100}
	})
	// $10 / $40 per million: one call reserves about upper(prompt)*10e-6 + 512*40e-6.
	s := newTestService(t, nil, nil, config.AI{Providers: []config.AIProvider{provider(fake, "o", fast("m", 10, 40, 100000))}})

	t.Run("zero budget sends nothing", func(t *testing.T) {
		res := s.Triage(context.Background(), NewBudget(0), src, sqliFinding())
		if res.Status != StatusBudgetExhausted {
			t.Fatalf("status = %s", res.Status)
		}
		if n := len(fake.Calls()); n != 0 {
			t.Fatalf("%d requests sent with a zero budget", n)
		}
	})

	t.Run("stops before overspending", func(t *testing.T) {
		// Room for one worst-case reservation, not two.
		first := sqliFinding()
		second := sqliFinding()
		second.Fingerprint, second.Location.StartLine, second.Location.EndLine = "fp-2", 6, 6
		probe := NewBudget(1)
		s.Triage(context.Background(), probe, src, first)
		if len(fake.Calls()) != 1 {
			t.Fatal("probe call missing")
		}
		s2 := newTestService(t, nil, nil, config.AI{Providers: []config.AIProvider{provider(fake, "o", fast("m", 10, 40, 100000))}})
		limit := 0.05 // one reservation (~$0.046) fits; spent (~$0.014) + a second does not
		b := NewBudget(limit)
		r1 := s2.Triage(context.Background(), b, src, first)
		r2 := s2.Triage(context.Background(), b, src, second)
		if r1.Status != StatusOK {
			t.Fatalf("first = %+v", r1)
		}
		if r2.Status != StatusBudgetExhausted || !strings.Contains(r2.Note, "budget") {
			t.Fatalf("second = %+v", r2)
		}
		if b.Spent() > limit {
			t.Fatalf("spent %v > limit %v", b.Spent(), limit)
		}
		if n := len(fake.Calls()); n != 2 {
			t.Fatalf("requests = %d, want 2 (probe + first)", n)
		}
		var be *BudgetError
		_, err := s2.router.do(context.Background(), "x", s2.router.candidates(TierFast, 10, 512, 600),
			Request{Messages: []Message{{Role: "user", Content: "x"}}, MaxOutputTokens: 5000}, b)
		if !errors.As(err, &be) || !errors.Is(err, ErrBudgetExceeded) {
			t.Fatalf("err = %v, want *BudgetError", err)
		}
		if n := len(fake.Calls()); n != 2 {
			t.Fatalf("a refused call reached the provider: %d requests", n)
		}
	})
}

// Strong-tier answers are long, so they are streamed: SSE on OpenAI and
// Anthropic (tool input as input_json_delta), NDJSON on Ollama. The answer
// and the usage counts survive the reassembly.
func TestStreamedAnswersOverEachProtocol(t *testing.T) {
	src := srcFS(map[string]string{"api/invoices.go": invoicesGo})
	answer := `{"findings":[{"title":"Missing authorization check","severity":"high","cwe":"CWE-862","start_line":6,"end_line":6,` +
		`"quote":"h.store.Delete(r.Context(), inv.ID)","explanation":"no ownership check","confidence":0.9}]}`
	for _, kind := range []string{KindOpenAI, KindAnthropic, KindOllama} {
		t.Run(kind, func(t *testing.T) {
			fake := newFake(t, kind, func(n int, c fakeCall) fakeReply { return fakeReply{Answer: answer, InTok: 3000, OutTok: 250} })
			s := newTestService(t, nil, nil, config.AI{Providers: []config.AIProvider{provider(fake, "p", strong("big", 3, 15, 200000))}})
			b := NewBudget(1)
			res := s.Review(context.Background(), b, src, "api/invoices.go", nil)
			if res.Status != StatusOK || len(res.Findings) != 1 || res.Findings[0].Extra["ai_model"] != "big" {
				t.Fatalf("review = %+v", res)
			}
			if c := fake.Calls(); len(c) != 1 || !c[0].Stream {
				t.Fatalf("request was not streamed: %+v", c)
			}
			if u := b.Usage(); u.InputTokens != 3000 || u.OutputTokens != 250 || math.Abs(u.CostUSD-(3000*3+250*15)/1e6) > 1e-12 {
				t.Fatalf("usage = %+v", u)
			}
		})
	}
}

// Some OpenAI-compatible servers refuse response_format: the provider asks
// again without it, remembers, and the schema check still guards the answer.
func TestOpenAICompatibleWithoutJSONMode(t *testing.T) {
	fake := newFake(t, KindOpenAI, func(n int, c fakeCall) fakeReply {
		if _, ok := c.Body["response_format"]; ok {
			return fakeReply{Status: http.StatusBadRequest, RawBody: `{"error":{"message":"'response_format.type' must be 'json_schema'"}}`}
		}
		return okTriage(n, c)
	})
	s := newTestService(t, nil, nil, config.AI{Providers: []config.AIProvider{provider(fake, "lmstudio", fast("local", 0, 0, 32000))}})
	src := srcFS(map[string]string{"app/users.py": sqliPy})
	for i := range 2 {
		f := sqliFinding()
		f.Fingerprint = fmt.Sprint("fp", i)
		f.Message += strings.Repeat(" ", i)
		if r := s.Triage(context.Background(), NewBudget(1), src, f); r.Status != StatusOK || r.Verdict != VerdictTruePositive {
			t.Fatalf("triage %d = %+v", i, r)
		}
	}
	if n := len(fake.Calls()); n != 3 {
		t.Fatalf("calls = %d, want 3 (one refusal, then JSON mode stays off)", n)
	}
}
