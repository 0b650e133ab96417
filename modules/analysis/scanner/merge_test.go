package scanner

import "testing"

func TestMergeOverlaps(t *testing.T) {
	at := func(path string, line int) Location { return Location{Path: path, StartLine: line} }
	tests := []struct {
		name       string
		in         []Finding
		wantRules  []string
		wantMerged int
		wantAlso   string
	}{
		{
			name: "pattern on the taint sink line with the same CWE is folded",
			in: []Finding{
				{RuleID: "T", Kind: KindTaint, CWE: []string{"CWE-78"}, Location: at("a.py", 11)},
				{RuleID: "R", Kind: KindRule, CWE: []string{"CWE-78"}, Location: at("a.py", 11)},
			},
			wantRules: []string{"T"}, wantMerged: 1, wantAlso: "R",
		},
		{
			name: "different weakness on the same line stays",
			in: []Finding{
				{RuleID: "T", Kind: KindTaint, CWE: []string{"CWE-78"}, Location: at("a.py", 11)},
				{RuleID: "R", Kind: KindRule, CWE: []string{"CWE-327"}, Location: at("a.py", 11)},
			},
			wantRules: []string{"T", "R"},
		},
		{
			name: "same weakness on another line stays",
			in: []Finding{
				{RuleID: "T", Kind: KindTaint, CWE: []string{"CWE-89"}, Location: at("a.py", 3)},
				{RuleID: "R", Kind: KindRule, CWE: []string{"CWE-89"}, Location: at("a.py", 4)},
			},
			wantRules: []string{"T", "R"},
		},
		{
			name: "a suppressed pattern is not folded into an open taint finding",
			in: []Finding{
				{RuleID: "T", Kind: KindTaint, CWE: []string{"CWE-89"}, Location: at("a.py", 3)},
				{RuleID: "R", Kind: KindRule, CWE: []string{"CWE-89"}, Location: at("a.py", 3), Suppression: &Suppression{Kind: "inline"}},
			},
			wantRules: []string{"T", "R"},
		},
		{
			name: "a secret and a credential rule on one line are one finding, the secret kept",
			in: []Finding{
				{RuleID: "R", Kind: KindRule, CWE: []string{"CWE-798"}, Severity: SeverityHigh, Location: at("a.py", 3)},
				{RuleID: "S", Kind: KindSecret, CWE: []string{"CWE-798"}, Severity: SeverityMedium, Location: at("a.py", 3)},
			},
			wantRules: []string{"S"}, wantMerged: 1, wantAlso: "R",
		},
		{
			name: "two pattern rules for one weakness are one finding, the more severe kept",
			in: []Finding{
				{RuleID: "A", Kind: KindRule, CWE: []string{"CWE-328"}, Severity: SeverityMedium, Location: at("a.py", 3)},
				{RuleID: "B", Kind: KindRule, CWE: []string{"CWE-328", "CWE-916"}, Severity: SeverityHigh, Location: at("a.py", 3)},
			},
			wantRules: []string{"B"}, wantMerged: 1, wantAlso: "A",
		},
		{
			name: "dependencies are never folded",
			in: []Finding{
				{RuleID: "D", Kind: KindDependency, CWE: []string{"CWE-1395"}, Location: at("requirements.txt", 3)},
				{RuleID: "E", Kind: KindDependency, CWE: []string{"CWE-1395"}, Location: at("requirements.txt", 3)},
			},
			wantRules: []string{"D", "E"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, merged := mergeOverlaps(tt.in)
			var got []string
			for _, f := range out {
				got = append(got, f.RuleID)
			}
			if len(got) != len(tt.wantRules) {
				t.Fatalf("rules = %v, want %v", got, tt.wantRules)
			}
			for i := range got {
				if got[i] != tt.wantRules[i] {
					t.Fatalf("rules = %v, want %v", got, tt.wantRules)
				}
			}
			if merged != tt.wantMerged {
				t.Errorf("merged = %d, want %d", merged, tt.wantMerged)
			}
			if tt.wantAlso != "" && out[0].Extra["also_matched"] != tt.wantAlso {
				t.Errorf("also_matched = %q, want %q", out[0].Extra["also_matched"], tt.wantAlso)
			}
		})
	}
}

// TestMergeKeepsAllEvidence: the finding kept carries the group's worst
// severity, every CWE and a trace when another member had one.
func TestMergeKeepsAllEvidence(t *testing.T) {
	loc := Location{Path: "a.js", StartLine: 7, StartColumn: 3, EndLine: 7, EndColumn: 30}
	out, n := mergeOverlaps([]Finding{
		{RuleID: "T1", Kind: KindTaint, CWE: []string{"CWE-79"}, Severity: SeverityMedium, Location: loc},
		{RuleID: "T2", Kind: KindTaint, CWE: []string{"CWE-79", "CWE-80"}, Severity: SeverityHigh, Location: loc,
			Trace: []TraceStep{{Kind: "source"}, {Kind: "sink"}}, Extra: map[string]string{"also_matched": "R9"}},
	})
	if n != 1 || len(out) != 1 {
		t.Fatalf("merged %d, left %d", n, len(out))
	}
	f := out[0]
	if f.RuleID != "T2" || f.Severity != SeverityHigh || len(f.CWE) != 2 || len(f.Trace) != 2 || f.Extra["also_matched"] != "R9,T1" {
		t.Errorf("kept %+v", f)
	}
}

func TestRedactAllFindings(t *testing.T) {
	key := "-----BEGIN KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX\r\n6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n-----END KEY-----"
	fs := []Finding{
		{RuleID: "A", Snippet: `k = "tok_abcdef123456"`, Message: "found tok_abcdef123456", Extra: map[string]string{"v": "tok_abcdef123456"},
			Trace:   []TraceStep{{Snippet: "x(tok_abcdef123456)", Message: "m"}},
			Context: &Context{StartLine: 1, Lines: []string{"# config", `k = "tok_abcdef123456"`, "print(k)"}}},
		{RuleID: "S", Redact: []Redaction{{Value: "tok_abcdef123456", Mask: "tok_****"}}},
		{RuleID: "K", Snippet: "6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n-----END KEY-----", Redact: []Redaction{{Value: key, Mask: "----****"}}},
		{RuleID: "B", Snippet: "MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX"},
	}
	redact(&Result{Findings: fs})
	want := []string{`k = "tok_****"`, "", "********\n-----END KEY-----", "********"}
	for i, f := range fs {
		if f.Snippet != want[i] || f.Redact != nil {
			t.Errorf("%s: snippet %q, redact %v", f.RuleID, f.Snippet, f.Redact)
		}
	}
	if fs[0].Message != "found tok_****" || fs[0].Extra["v"] != "tok_****" || fs[0].Trace[0].Snippet != "x(tok_****)" ||
		fs[0].Context.Lines[1] != `k = "tok_****"` {
		t.Errorf("finding A not fully masked: %+v", fs[0])
	}
}
