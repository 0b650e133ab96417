package scanner

import (
	"context"
	"testing"
	"testing/fstest"
)

// TestQualityRulesOffByDefault: a swallowed exception is a code-quality
// lint, not a security finding: reported only when quality rules are asked
// for (option or .vigil.yml), and then marked as quality.
func TestQualityRulesOffByDefault(t *testing.T) {
	src := "def f():\n    try:\n        g()\n    except Exception:\n        pass\n"
	fsys := fstest.MapFS{"app.py": &fstest.MapFile{Data: []byte(src)}}
	cases := []struct {
		name string
		opts Options
		want int
	}{
		{"default", Options{Config: &Config{}}, 0},
		{"option", Options{Config: &Config{}, Quality: true}, 1},
		{"config", Options{Config: &Config{Quality: true}}, 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res, err := ScanFS(context.Background(), fsys, tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			got := 0
			for _, f := range res.Findings {
				if f.RuleID == "VGL-PY-EXCEPT-001" {
					got++
					if f.Extra["category"] != CategoryQuality {
						t.Errorf("category %q", f.Extra["category"])
					}
				}
			}
			if got != tc.want {
				t.Errorf("%d findings, want %d", got, tc.want)
			}
		})
	}
}

func TestRuleCategoryValidated(t *testing.T) {
	_, err := LoadRules(fstest.MapFS{"r.yml": &fstest.MapFile{Data: []byte(`rules:
  - id: VGL-PY-X-001
    title: t
    languages: [python]
    severity: low
    confidence: low
    cwe: [CWE-1]
    description: d
    remediation: r
    category: style
    match:
      patterns: ["(call) @match"]
`)}}, ".")
	if err == nil {
		t.Fatal("category style accepted")
	}
}
