package main

import (
	"encoding/json"
	"testing"
	"testing/fstest"
)

// tinyCorpus has one vulnerable file with two labelled lines, one safe
// look-alike, and one vulnerable folder case of two files.
var tinyCorpus = fstest.MapFS{
	"python/sqli/vuln_a.py":            {Data: []byte("x\ncur.execute(q)  # LABEL: CWE-89\ny\nos.system(c)  # LABEL: CWE-78\n")},
	"python/sqli/safe_b.py":            {Data: []byte("cur.execute(q, (a,))\n")},
	"go/ssrf/vuln_c/main.go":           {Data: []byte("package main\n")},
	"go/ssrf/vuln_c/fetch.go":          {Data: []byte("package main\nhttp.Get(u) // LABEL: CWE-918, CWE-20\n")},
	"README.md":                        {Data: []byte("LABEL: CWE-1 in prose is not a case\n")},
	"javascript/xss/safe_d/index.html": {Data: []byte("<p></p>\n")},
}

// tinyReport: vuln_a's SQL line found (exact CWE), its command line found
// through the 77~78 family but one line off; a finding in the safe file;
// vuln_c's 918 found on the label line; one finding outside every case.
const tinyReport = `{"findings": [
 {"rule_id": "R1", "cwe": ["CWE-89"], "location": {"path": "python/sqli/vuln_a.py", "start_line": 2, "end_line": 2}},
 {"rule_id": "R2", "cwe": ["CWE-77"], "location": {"path": "python/sqli/vuln_a.py", "start_line": 3, "end_line": 3}},
 {"rule_id": "R1", "cwe": ["CWE-89"], "location": {"path": "python/sqli/safe_b.py", "start_line": 1, "end_line": 1}},
 {"rule_id": "R3", "cwe": ["CWE-918"], "location": {"path": "go/ssrf/vuln_c/fetch.go", "start_line": 2, "end_line": 2}},
 {"rule_id": "R4", "cwe": ["CWE-918"], "location": {"path": "go/ssrf/vuln_c/fetch.go", "start_line": 2, "end_line": 2}, "suppression": {"kind": "inline"}},
 {"rule_id": "R9", "cwe": ["CWE-798"], "location": {"path": "elsewhere.py", "start_line": 1, "end_line": 1}}
]}`

func TestScoreLabelled(t *testing.T) {
	cases, err := loadLabelled(tinyCorpus)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != 4 {
		t.Fatalf("cases = %d, want 4 (two files, two folders; README ignored)", len(cases))
	}
	var rep Report
	if err := json.Unmarshal([]byte(tinyReport), &rep); err != nil {
		t.Fatal(err)
	}
	s := score(cases, rep.Findings, nil)
	tests := []struct {
		name string
		got  *Counts
		want Counts
	}{
		{"file python", s.FileByLang["python"], Counts{TP: 1, FP: 1}},
		{"file go", s.FileByLang["go"], Counts{TP: 1}},
		{"file javascript", s.FileByLang["javascript"], Counts{TN: 1}},
		{"file CWE-89", s.FileByCWE["CWE-89"], Counts{TP: 1, FP: 1}},
		{"file CWE-78 via family", s.FileByCWE["CWE-78"], Counts{TP: 1}},
		{"file CWE-20 never reported", s.FileByCWE["CWE-20"], Counts{FN: 1}},
		{"line python", s.LineByLang["python"], Counts{TP: 1, FP: 2, FN: 1}},
		{"line go", s.LineByLang["go"], Counts{TP: 1}},
		{"line CWE-78 one line off", s.LineByCWE["CWE-78"], Counts{FN: 1}},
		{"line CWE-77 counted as FP", s.LineByCWE["CWE-77"], Counts{FP: 1}},
		{"line CWE-89", s.LineByCWE["CWE-89"], Counts{TP: 1, FP: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got == nil {
				t.Fatalf("no row, want %+v", tt.want)
			}
			if *tt.got != tt.want {
				t.Errorf("got %+v, want %+v", *tt.got, tt.want)
			}
		})
	}
	if want := (Counts{TP: 2, FP: 1, TN: 1}); s.FileTotal != want {
		t.Errorf("file total = %+v, want %+v", s.FileTotal, want)
	}
	if want := (Counts{TP: 2, FP: 2, FN: 1}); s.LineTotal == nil || *s.LineTotal != want {
		t.Errorf("line total = %+v, want %+v", s.LineTotal, want)
	}
	if s.Unattributed != 1 {
		t.Errorf("unattributed = %d, want 1", s.Unattributed)
	}
	if s.Positive != 2 || s.Negative != 2 {
		t.Errorf("positive/negative = %d/%d, want 2/2", s.Positive, s.Negative)
	}
}

func TestScoreRules(t *testing.T) {
	fsys := fstest.MapFS{
		"VGL-PY-X-001/positive_a.py": {Data: []byte("a\n")},
		"VGL-PY-X-001/positive_b.py": {Data: []byte("b\n")},
		"VGL-PY-X-001/negative_c.py": {Data: []byte("c\n")},
		"VGL-PY-X-001/README.md":     {Data: []byte("not a case\n")},
		"corpus/x.py":                {Data: []byte("not a rule folder\n")},
	}
	cases, err := loadRuleCases(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != 3 {
		t.Fatalf("cases = %d, want 3", len(cases))
	}
	findings := []Finding{
		{RuleID: "VGL-PY-X-001"}, // positive_a: found
		{RuleID: "VGL-PY-OTHER"}, // negative_c: another rule does not count
		{RuleID: "VGL-PY-X-001"}, // negative_c: false positive
		// positive_b: another rule's finding into which this rule's
		// finding at the same place was merged
		{RuleID: "VGL-PY-FLOW-001", Extra: map[string]string{"also_matched": "VGL-PY-Y-001,VGL-PY-X-001"}},
	}
	findings[0].Location.Path = "VGL-PY-X-001/positive_a.py"
	findings[1].Location.Path = "VGL-PY-X-001/negative_c.py"
	findings[2].Location.Path = "VGL-PY-X-001/negative_c.py"
	findings[3].Location.Path = "VGL-PY-X-001/positive_b.py"
	s := score(cases, findings, map[string][]string{"VGL-PY-X-001": {"CWE-89"}})
	if got, want := *s.FileByLang["python"], (Counts{TP: 2, FP: 1}); got != want {
		t.Errorf("python = %+v, want %+v", got, want)
	}
	if got, want := *s.FileByCWE["CWE-89"], (Counts{TP: 2, FP: 1}); got != want {
		t.Errorf("CWE-89 = %+v, want %+v", got, want)
	}
	if s.LineByLang != nil {
		t.Errorf("rule corpora have no line level")
	}
}

func TestMetrics(t *testing.T) {
	tests := []struct {
		c       Counts
		p, r, f float64
		defined bool
	}{
		{Counts{TP: 3, FP: 1, FN: 1}, 0.75, 0.75, 0.75, true},
		{Counts{TP: 1, FP: 0, FN: 3}, 1, 0.25, 0.4, true},
		{Counts{TP: 0, FP: 2, FN: 2}, 0, 0, 0, true},
		{Counts{TN: 5}, 0, 0, 0, false},
	}
	for _, tt := range tests {
		p, r, f := tt.c.Precision(), tt.c.Recall(), tt.c.F1()
		if !tt.defined {
			if p != nil || r != nil || f != nil {
				t.Errorf("%+v: want undefined metrics", tt.c)
			}
			continue
		}
		if p == nil || r == nil || f == nil || !near(*p, tt.p) || !near(*r, tt.r) || !near(*f, tt.f) {
			t.Errorf("%+v: got %v %v %v, want %v %v %v", tt.c, p, r, f, tt.p, tt.r, tt.f)
		}
	}
}

func TestCountsJSON(t *testing.T) {
	data, err := json.Marshal(Counts{TP: 1, FP: 1, FN: 3})
	if err != nil {
		t.Fatal(err)
	}
	want := `{"tp":1,"fp":1,"fn":3,"tn":0,"precision":0.5,"recall":0.25,"f1":0.3333333333333333}`
	if string(data) != want {
		t.Errorf("got %s, want %s", data, want)
	}
	data, _ = json.Marshal(Counts{TN: 2})
	if want := `{"tp":0,"fp":0,"fn":0,"tn":2,"precision":null,"recall":null,"f1":null}`; string(data) != want {
		t.Errorf("got %s, want %s", data, want)
	}
}

func TestCWEMatch(t *testing.T) {
	tests := []struct {
		found, want string
		ok          bool
	}{
		{"CWE-89", "CWE-89", true},
		{"cwe-78", "CWE-77", true},
		{"CWE-1004", "CWE-614", true},
		{"CWE-95", "CWE-1336", true},
		{"CWE-79", "CWE-89", false},
		{"CWE-327", "CWE-338", false},
	}
	for _, tt := range tests {
		if got := cweMatch(tt.found, tt.want); got != tt.ok {
			t.Errorf("cweMatch(%s, %s) = %v, want %v", tt.found, tt.want, got, tt.ok)
		}
	}
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }
