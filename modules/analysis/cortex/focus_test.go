package cortex

import (
	"context"
	"strings"
	"sync"
	"testing"

	"vigil/modules/analysis/scanner"
	"vigil/platform/config"
)

func TestFocusFirst(t *testing.T) {
	ranked := []FileRisk{{Path: "a.py"}, {Path: "b.py"}, {Path: "c.py"}, {Path: "d.py"}}
	findings := []scanner.Finding{
		{Location: scanner.Location{Path: "c.py"}, OWASP: []string{"A01:2021-Broken Access Control"}},
		{Location: scanner.Location{Path: "a.py"}, OWASP: []string{"A03:2021-Injection"}},
		{Location: scanner.Location{Path: "d.py"}, OWASP: []string{"A01"}},
	}
	paths := func(fr []FileRisk) string {
		var s []string
		for _, f := range fr {
			s = append(s, f.Path)
		}
		return strings.Join(s, ",")
	}
	for _, tc := range []struct {
		focus []string
		want  string
	}{
		{nil, "a.py,b.py,c.py,d.py"},
		{[]string{"A01"}, "c.py,d.py,a.py,b.py"},
		{[]string{"A03", "A01"}, "a.py,c.py,d.py,b.py"},
		{[]string{"A10"}, "a.py,b.py,c.py,d.py"},
	} {
		if got := paths(focusFirst(ranked, findings, tc.focus)); got != tc.want {
			t.Errorf("focus %v: %s, want %s", tc.focus, got, tc.want)
		}
	}
}

// The review prompt names the focus areas, and only when there are some.
func TestReviewPromptNamesFocus(t *testing.T) {
	var mu sync.Mutex
	var prompts []string
	f := newFake(t, KindOpenAI, func(_ int, c fakeCall) fakeReply {
		mu.Lock()
		prompts = append(prompts, c.User)
		mu.Unlock()
		return fakeReply{Answer: `{"findings":[]}`, InTok: 100, OutTok: 5}
	})
	s := newTestService(t, nil, nil, config.AI{Providers: []config.AIProvider{provider(f, "p", strong("m", 1, 1, 100000))}})
	src := srcFS(map[string]string{"api/invoices.go": invoicesGo})
	s.review(context.Background(), NewBudget(1), src, "api/invoices.go", nil, []string{"A01", "A07"})
	s.Review(context.Background(), NewBudget(1), src, "api/invoices.go", nil)
	if len(prompts) != 2 {
		t.Fatalf("%d review calls", len(prompts))
	}
	if !strings.Contains(prompts[0], "particular attention to: A01:2021-Broken Access Control; A07:2021-Identification and Authentication Failures.") {
		t.Fatalf("focus not in the prompt:\n%s", prompts[0])
	}
	if strings.Contains(prompts[1], "particular attention") {
		t.Fatal("a review without focus must not mention it")
	}
}
