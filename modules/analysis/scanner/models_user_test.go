package scanner

import (
	"path/filepath"
	"strings"
	"testing"
)

// userApp reads untrusted data through an in-house web layer and runs SQL
// through an in-house database layer: nothing the built-in packs know.
const userApp = `from mylib.web import param
from mylib import db


def handler():
    q = param("q")
    db.raw_query("SELECT * FROM t WHERE a = '" + q + "'")


def safe():
    q = param("q")
    db.raw_query("SELECT * FROM t WHERE a = '" + db.quote(q) + "'")
`

const userPack = `pack: mylib
language: python
description: The in-house web and database layers.
sources:
  - {call: mylib.web.param}
sinks:
  - {kind: sql, call: mylib.db.raw_query, args: [0]}
sanitizers:
  - {call: mylib.db.quote, kinds: [sql]}
`

// sqlLines returns the lines of the SQL-injection taint findings.
func sqlLines(res *Result) []int {
	var out []int
	for _, f := range res.Findings {
		if f.RuleID == "VGL-PY-SQLI-001" && f.Kind == KindTaint {
			out = append(out, f.Location.StartLine)
		}
	}
	return out
}

// TestUserModels: packs from --models DIR (Options.Models) and from the
// .vigil.yml models: list add sources, sinks and sanitisers; without them
// the in-house layers are unknown.
func TestUserModels(t *testing.T) {
	rules, err := BuiltinRules()
	if err != nil {
		t.Fatal(err)
	}
	outside := writeTree(t, map[string]string{"mylib.yml": userPack})
	cases := []struct {
		name  string
		files map[string]string
		opts  Options
		want  int // SQL findings (the sanitised call never is one)
	}{
		{"no packs", map[string]string{"app.py": userApp}, Options{}, 0},
		{"--models DIR", map[string]string{"app.py": userApp}, Options{Models: []string{outside}}, 1},
		{"config models", map[string]string{"app.py": userApp, "sec/models/mylib.yml": userPack,
			".vigil.yml": "models: [sec/models]\n"}, Options{}, 1},
		{"config models, trailing slash", map[string]string{"app.py": userApp, "sec/models/mylib.yml": userPack,
			".vigil.yml": "models:\n  - ./sec/models/\n"}, Options{}, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := writeTree(t, c.files)
			c.opts.Rules = rules
			res, err := Scan(t.Context(), dir, c.opts)
			if err != nil {
				t.Fatal(err)
			}
			got := sqlLines(res)
			if len(got) != c.want {
				t.Fatalf("SQL findings on lines %v, want %d", got, c.want)
			}
			if c.want > 0 && got[0] != 7 {
				t.Errorf("finding on line %d, want 7 (the unsanitised query)", got[0])
			}
		})
	}
}

// TestUserModelsInvalid: a pack that does not load fails the scan with its
// file, line and what is wrong; so does a models: entry outside the tree.
func TestUserModelsInvalid(t *testing.T) {
	rules, err := BuiltinRules()
	if err != nil {
		t.Fatal(err)
	}
	badSink := "pack: broken\nlanguage: python\ndescription: x\nsinks:\n  - {kind: sql, call: a.b}\n  - {call: c.d}\n"
	cases := []struct {
		name  string
		files map[string]string
		dir   string // Options.Models, relative to the tree
		want  []string
	}{
		{"sink without kind", map[string]string{"m/bad.yml": badSink}, "m",
			[]string{"bad.yml", "line 6", "sink 1: call and kind are required"}},
		{"unknown key", map[string]string{"m/bad.yml": "pack: x\nlanguage: python\nsinks:\n  - {kind: sql, call: a, arg: [0]}\n"}, "m",
			[]string{"bad.yml", "line 4", "arg"}},
		{"unknown kind", map[string]string{"m/bad.yml": "pack: x\nlanguage: python\nsinks:\n  - {kind: sqll, call: a}\n"}, "m",
			[]string{"bad.yml", "line 4", `unknown kind "sqll"`}},
		{"unknown language", map[string]string{"m/bad.yml": "pack: x\n\nlanguage: cobol\n"}, "m",
			[]string{"bad.yml", "line 3", `language "cobol"`}},
		{"missing directory", map[string]string{"app.py": userApp}, "nowhere",
			[]string{"nowhere", "no such file"}},
		{"config: bad pack", map[string]string{".vigil.yml": "models: [m]\n", "m/bad.yml": badSink}, "",
			[]string{".vigil.yml", "m/bad.yml", "line 6", "sink 1"}},
		{"config: outside the tree", map[string]string{".vigil.yml": "models: [../m]\n"}, "",
			[]string{".vigil.yml", "models[0]", "inside the repository"}},
		{"config: absolute", map[string]string{".vigil.yml": "models: [/etc]\n"}, "",
			[]string{"models[0]", "relative to the repository root"}},
		{"config: missing directory", map[string]string{".vigil.yml": "models: [gone]\n"}, "",
			[]string{".vigil.yml", "gone", "no such file"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := writeTree(t, c.files)
			opts := Options{Rules: rules}
			if c.dir != "" {
				opts.Models = []string{filepath.Join(dir, c.dir)}
			}
			_, err := Scan(t.Context(), dir, opts)
			if err == nil {
				t.Fatal("scan succeeded, want an error")
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
			if c.dir != "" {
				if cerr := CheckModels(opts.Models); cerr == nil || cerr.Error() != err.Error() {
					t.Errorf("CheckModels: %v, want the scan's error %v", cerr, err)
				}
			}
		})
	}
}

// TestRepoModels: a server analysis (its own configuration) still reads
// the repository's models: list, and only that key.
func TestRepoModels(t *testing.T) {
	cases := []struct {
		name, yml string
		want      string
		err       string
	}{
		{"none", "", "", ""},
		{"list", "exclude: [x]\nmodels: [sec/models, more]\nsome_future_key: 1\n", "sec/models,more", ""},
		{"outside", "models: [../x]\n", "", "inside the repository"},
		{"not yaml", "models: [\n", "", ".vigil.yml"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			files := map[string]string{"a.py": "x = 1\n"}
			if c.yml != "" {
				files[".vigil.yml"] = c.yml
			}
			got, err := RepoModels(writeTree(t, files))
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("error %v, want one mentioning %q", err, c.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(got, ",") != c.want {
				t.Errorf("models %q, want %q", got, c.want)
			}
		})
	}
}
