package analysis

import (
	"encoding/json"
	"reflect"
	"testing"

	"vigil/modules/analysis/internal/store"
	"vigil/modules/analysis/scanner"
)

// A findings page writes its stored JSON columns through; the result must
// be the same document as the decoded view.
func TestFindingPageViewMatchesFindingView(t *testing.T) {
	t.Parallel()
	full := scanner.Finding{
		RuleID: "py.x", Kind: scanner.KindTaint, Title: "T", Message: "M", Severity: scanner.SeverityHigh, Confidence: scanner.ConfidenceHigh,
		CWE: []string{"CWE-78"}, OWASP: []string{"A03:2021-Injection"}, Location: scanner.Location{Path: "a.py", StartLine: 2, StartColumn: 1, EndLine: 2, EndColumn: 9},
		Snippet: "os.system(x)", Trace: []scanner.TraceStep{{Kind: "source", Message: "input", Snippet: `x = "q\"uoted"`}}, Remediation: "R",
		References: []string{"https://example.com"}, Fingerprint: "fp1", Extra: map[string]string{"k": "v <&>"},
		Context: &scanner.Context{StartLine: 1, Lines: []string{"import os", "os.system(x)"}},
	}
	bare := scanner.Finding{RuleID: "py.y", Kind: scanner.KindRule, Title: "T", Message: "M", Severity: scanner.SeverityLow, Confidence: scanner.ConfidenceLow,
		Location: scanner.Location{Path: "b.py", StartLine: 1}, Fingerprint: "fp2", Suppression: &scanner.Suppression{Kind: "inline", Justification: "ok"}}
	ctxOnly := bare
	ctxOnly.Suppression, ctxOnly.Context = nil, &scanner.Context{StartLine: 1, Lines: []string{"x"}}
	tests := []struct {
		name string
		row  store.Finding
	}{
		{"everything", store.FromScanner("a1", "w1", full, &store.AI{Verdict: "true_positive", Explanation: "E", Model: "m", FixDiff: "-a\n+b"})},
		{"nothing optional, suppressed", store.FromScanner("a1", "w1", bare, nil)},
		{"context without extra", store.FromScanner("a1", "w1", ctxOnly, nil)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.row.TriageState, tt.row.TriageReason = "false_positive", "because"
			var a, b any
			ja, err := json.Marshal(findingView(&tt.row))
			if err != nil {
				t.Fatal(err)
			}
			jb, err := json.Marshal(findingPageView(&tt.row))
			if err != nil {
				t.Fatal(err)
			}
			_ = json.Unmarshal(ja, &a)
			_ = json.Unmarshal(jb, &b)
			if !reflect.DeepEqual(a, b) {
				t.Fatalf("decoded view:\n%s\npage view:\n%s", ja, jb)
			}
		})
	}
}
