package scanner

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

const testdataDir = "../../../testdata/scanner"

var expectRe = regexp.MustCompile(`vigil:expect\s+((?:VGL-[A-Z0-9]+-[A-Z0-9]+-[0-9]{3}[\s,]*)+)`)

// expectedLines returns the lines of src marked `vigil:expect <id>`.
func expectedLines(src, id string) []int {
	var out []int
	for i, line := range strings.Split(src, "\n") {
		m := expectRe.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		for _, tok := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ' ' || r == ',' || r == '\t' }) {
			if tok == id {
				out = append(out, i+1)
			}
		}
	}
	return out
}

// TestRules runs every rule over its own positive and negative cases.
func TestRules(t *testing.T) {
	rules, err := BuiltinRules()
	if err != nil {
		t.Fatal(err)
	}
	if len(rules) == 0 {
		t.Fatal("no rules")
	}
	for _, r := range rules {
		t.Run(r.ID, func(t *testing.T) {
			t.Parallel()
			dir := filepath.Join(testdataDir, r.ID)
			entries, err := os.ReadDir(dir)
			if err != nil {
				t.Fatalf("no test cases: %v", err)
			}
			var pos, neg int
			langs := map[string]bool{}
			for _, l := range r.Languages {
				langs[l] = true
			}
			for _, e := range entries {
				name := e.Name()
				isPos, isNeg := strings.HasPrefix(name, "positive_"), strings.HasPrefix(name, "negative_")
				if !isPos && !isNeg {
					continue
				}
				if !langs[DetectLanguage(name)] {
					t.Errorf("%s: extension not in the rule's languages %v", name, r.Languages)
					continue
				}
				data, err := os.ReadFile(filepath.Join(dir, name))
				if err != nil {
					t.Fatal(err)
				}
				want := expectedLines(string(data), r.ID)
				if isPos {
					pos++
					if len(want) == 0 {
						t.Errorf("%s: positive case without a vigil:expect %s marker", name, r.ID)
					}
				} else {
					neg++
					if len(want) != 0 {
						t.Errorf("%s: negative case with expectations", name)
					}
				}
				got := runRuleOn(t, r, name, data)
				if !slices.Equal(got, want) {
					t.Errorf("%s: reported lines %v, want %v", name, got, want)
				}
			}
			if pos < 2 || neg < 2 {
				t.Errorf("rule needs >= 2 positive and >= 2 negative cases, has %d and %d", pos, neg)
			}
		})
	}
}

func runRuleOn(t *testing.T, r *Rule, name string, data []byte) []int {
	t.Helper()
	fsys := fstest.MapFS{name: &fstest.MapFile{Data: data}}
	res, err := ScanFS(context.Background(), fsys, Options{Rules: []*Rule{r}, Config: &Config{}, Workers: 1, Quality: true, LocalSources: true})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var got []int
	for _, f := range res.Findings {
		if f.RuleID == r.ID {
			got = append(got, f.Location.StartLine)
		}
	}
	slices.Sort(got)
	return slices.Compact(got)
}

// TestRulesCompile compiles every built-in rule for every language it names.
func TestRulesCompile(t *testing.T) {
	rules, err := BuiltinRules()
	if err != nil {
		t.Fatal(err)
	}
	e, err := NewEngine(rules)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.CompileAll(); err != nil {
		t.Fatal(err)
	}
}

// probe is a small program run end to end through one rule: every line
// marked `// want` (`# want` in Python and Ruby) must be reported as the
// file's, and no other line.
type probe struct{ name, rule, file, src string }

// runProbes runs each probe through its rule of rules (builtinRulesByID
// for the built-in catalogue), as a subtest.
func runProbes(t *testing.T, rules map[string]*Rule, cases []probe) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectProbe(t, rules, tc.rule, tc.file, tc.src)
		})
	}
}

// builtinRulesByID is the built-in rule catalogue by rule id.
func builtinRulesByID(t *testing.T) map[string]*Rule {
	t.Helper()
	rules, err := BuiltinRules()
	if err != nil {
		t.Fatal(err)
	}
	return rulesByID(rules)
}

// rulesByID indexes rules by id.
func rulesByID(rules []*Rule) map[string]*Rule {
	byID := map[string]*Rule{}
	for _, r := range rules {
		byID[r.ID] = r
	}
	return byID
}

// expectProbe runs rule id on src (a leading newline trimmed) as the file
// name and checks that it reports exactly the lines marked `# want`
// (Python, Ruby) or `// want` (every other language).
func expectProbe(t *testing.T, byID map[string]*Rule, id, name, src string) {
	t.Helper()
	r := byID[id]
	if r == nil {
		t.Fatalf("no rule %s", id)
	}
	marker := "// want"
	if ext := filepath.Ext(name); ext == ".py" || ext == ".rb" {
		marker = "# want"
	}
	src = strings.TrimPrefix(src, "\n")
	var want []int
	for i, line := range strings.Split(src, "\n") {
		if strings.Contains(line, marker) {
			want = append(want, i+1)
		}
	}
	if got := runRuleOn(t, r, name, []byte(src)); !slices.Equal(got, want) {
		t.Errorf("reported lines %v, want %v", got, want)
	}
}

// TestExpandRegexParts: `(?&name)` in a rule file stands for a shared
// regex part; an unknown name fails the file.
func TestExpandRegexParts(t *testing.T) {
	got, err := expandRegexParts(`not-regex: (?i)(csrf|(?&preference_cookie))`)
	if err != nil || !strings.Contains(got, "(csrf|(?:theme|lang|") || strings.Contains(got, "(?&") {
		t.Errorf("expanded: %q, %v", got, err)
	}
	if got, err := expandRegexParts("regex: ^a(b)?$"); err != nil || got != "regex: ^a(b)?$" {
		t.Errorf("without parts: %q, %v", got, err)
	}
	yml := `rules:
  - id: VGL-GO-TEST-901
    title: t
    languages: [go]
    severity: low
    confidence: low
    cwe: [CWE-1004]
    owasp: [A05]
    description: d
    remediation: r
    match:
      patterns: ["(identifier) @match"]
      where:
        - capture: match
          not-regex: (?&no_such_part)
`
	if _, err := LoadRules(fstest.MapFS{"r/t.yml": {Data: []byte(yml)}}, "r"); err == nil || !strings.Contains(err.Error(), "unknown regex part (?&no_such_part)") {
		t.Errorf("unknown part: %v", err)
	}
}
