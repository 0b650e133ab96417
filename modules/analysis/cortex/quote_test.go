package cortex

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"vigil/modules/analysis/scanner"
	"vigil/platform/config"
)

// The quote of an analysis brackets what the run really spends when the
// provider counts tokens like a real tokenizer (~4 bytes per token).
func TestQuoteAnalysisBracketsSpend(t *testing.T) {
	src := srcFS(map[string]string{"app/users.py": sqliPy, "api/invoices.go": invoicesGo})
	brain := func(n int, c fakeCall) fakeReply {
		var ans string
		switch taskOf(c) {
		case "triage":
			ans = obedientTriage(c)
		case "review":
			ans = `{"findings":[]}`
		case "fix":
			b, _ := jsonString("--- a/app/users.py\n+++ b/app/users.py\n@@ -6,1 +6,1 @@\n-    cur.execute(\"SELECT * FROM users WHERE id = \" + user_id)\n+    cur.execute(\"SELECT * FROM users WHERE id = ?\", (user_id,))\n")
			ans = `{"diff":` + b + `,"explanation":"parameterise"}`
		case "summary":
			ans = `{"summary":"One SQL injection.","top_risks":["SQL injection"]}`
		default:
			ans = `{}`
		}
		return fakeReply{Answer: ans, InTok: (len(c.System) + len(c.User)) / 4, OutTok: len(ans) / 4}
	}
	fake := newFake(t, KindOpenAI, brain)
	s := newTestService(t, nil, nil, config.AI{Providers: []config.AIProvider{provider(fake, "o",
		fast("mini", 0.15, 0.6, 128000), strong("big", 2.5, 10, 128000))}})
	in := Input{Source: src, Findings: []scanner.Finding{sqliFinding()}}
	lo, hi := s.QuoteAnalysis(in)
	if !(lo > 0 && lo < hi) {
		t.Fatalf("quote = %v..%v", lo, hi)
	}
	in.Budget = NewBudget(hi)
	rep := s.Analyze(context.Background(), in)
	if rep.Unavailable != 0 {
		t.Fatalf("report = %+v", rep)
	}
	if spent := rep.Usage.CostUSD; spent < lo || spent > hi {
		t.Fatalf("spent %v outside quote %v..%v", spent, lo, hi)
	}
	if n := newTestService(t, nil, nil, config.AI{}); true {
		if a, b := n.QuoteAnalysis(in); a != 0 || b != 0 {
			t.Fatalf("unconfigured quote = %v..%v", a, b)
		}
	}
}

func TestConcurrencyLimitPerProvider(t *testing.T) {
	var mu sync.Mutex
	inflight, peak := 0, 0
	fake := newFake(t, KindOpenAI, func(n int, c fakeCall) fakeReply {
		mu.Lock()
		inflight++
		peak = max(peak, inflight)
		mu.Unlock()
		time.Sleep(30 * time.Millisecond)
		mu.Lock()
		inflight--
		mu.Unlock()
		return okTriage(n, c)
	})
	p := provider(fake, "o", fast("m", 1, 1, 100000))
	p.Concurrency = 2
	s := newTestService(t, nil, nil, config.AI{Providers: []config.AIProvider{p}})
	var findings []scanner.Finding
	for i := range 8 {
		f := sqliFinding()
		f.Fingerprint = "fp" + strings.Repeat("x", i)
		f.Message += strings.Repeat(" ", i)
		findings = append(findings, f)
	}
	rep := s.Analyze(context.Background(), Input{Source: srcFS(map[string]string{"app/users.py": sqliPy}), Findings: findings,
		Budget: NewBudget(5), Workers: 8, MaxReviewFiles: 1})
	for _, tr := range rep.Triage {
		if tr.Status != StatusOK {
			t.Fatalf("triage = %+v", tr)
		}
	}
	if peak != 2 {
		t.Fatalf("peak concurrent requests = %d, want the limit 2", peak)
	}
}
