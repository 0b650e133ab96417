package models

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestModelPacksLoad loads every built-in pack (a broken pack is a build defect).
func TestModelPacksLoad(t *testing.T) {
	set, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, p := range set.Packs() {
		if names[p.Name] {
			t.Errorf("duplicate pack %s", p.Name)
		}
		names[p.Name] = true
		if strings.TrimSpace(p.Description) == "" {
			t.Errorf("%s: no description", p.Name)
		}
	}
	for _, want := range []string{"python-stdlib", "flask", "django", "fastapi", "javascript-stdlib", "express"} {
		if !names[want] {
			t.Errorf("missing pack %s", want)
		}
	}
}

// TestForFiltersByKind: HTML escaping cleans XSS, not SQL; local inputs
// are sources only for the kinds that name them.
func TestForFiltersByKind(t *testing.T) {
	set, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	has := func(v *View, callee string) bool {
		for i := range v.Sanitizers {
			if v.Sanitizers[i].Matches(callee) {
				return true
			}
		}
		return false
	}
	xss, sql := set.For("python", []string{"xss"}), set.For("python", []string{"sql"})
	if !has(xss, "html.escape") || has(sql, "html.escape") {
		t.Errorf("html.escape: xss sanitiser %v (want true), sql sanitiser %v (want false)", has(xss, "html.escape"), has(sql, "html.escape"))
	}
	if !has(sql, "int") {
		t.Errorf("int should clean every kind")
	}
	src := func(v *View, name string) bool {
		for i := range v.Sources {
			if v.Sources[i].IsCall() && v.Sources[i].Matches(name) {
				return true
			}
		}
		return false
	}
	if src(xss, "input") || !src(sql, "input") {
		t.Errorf("input(): source for sql, not for xss")
	}
	for _, s := range set.For("python", []string{"command"}).Sinks {
		if s.Kind != "command" {
			t.Errorf("command view holds a %s sink", s.Kind)
		}
	}
	if len(set.For("cobol", []string{"sql"}).Sinks) != 0 {
		t.Errorf("no packs for an unknown language")
	}
}

func TestGlob(t *testing.T) {
	cases := []struct {
		pat, name string
		want      bool
	}{
		{"*.execute", "cur.execute", true},
		{"*.execute", "execute", true},
		{"*.execute", "executemany", false},
		{"flask.request.args*", "flask.request.args.get", true},
		{"flask.request.args*", "flask.request.argsx", true},
		{"flask.request.args*", "x.flask.request.args", false},
		{"re:os\\.(system|popen)", "os.popen", true},
		{"re:os\\.(system|popen)", "os.popen2", false},
	}
	for _, c := range cases {
		re, err := Glob(c.pat)
		if err != nil {
			t.Fatal(err)
		}
		if got := re.MatchString(c.name); got != c.want {
			t.Errorf("%s ~ %s = %v, want %v", c.pat, c.name, got, c.want)
		}
	}
}

func TestKindsForCWE(t *testing.T) {
	if got := strings.Join(KindsForCWE([]string{"CWE-1336", "CWE-94"}), ","); got != "template" {
		t.Errorf("SSTI kinds %q: CWE-94 alone is too broad to name a kind", got)
	}
	if got := strings.Join(KindsForCWE([]string{"CWE-643", "CWE-90"}), ","); got != "xpath,ldap" {
		t.Errorf("kinds %q", got)
	}
}

// TestLoadDirAndErrors: user packs load from a directory; bad ones are refused with a reason.
func TestLoadDirAndErrors(t *testing.T) {
	dir := t.TempDir()
	good := "pack: acme\nlanguage: python\ndescription: d\nsinks:\n  - {kind: sql, call: acme.db.run, args: [0]}\n"
	if err := os.WriteFile(filepath.Join(dir, "acme.yml"), []byte(good), 0o644); err != nil {
		t.Fatal(err)
	}
	set, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	v := set.For("python", []string{"sql"})
	if len(v.Sinks) != 1 || !v.Sinks[0].Matches("acme.db.run") {
		t.Errorf("user sink not loaded: %+v", v.Sinks)
	}
	pk, err := Parse([]byte("pack: y\nlanguage: java\nsinks:\n  - {kind: xss, call: w.print, not-in-function: plain}\nsanitizers:\n  - {call: s.replace, where: lt}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if re := pk.Sinks[0].NotInFuncRe(); re == nil || !re.MatchString("text/plain") {
		t.Errorf("not-in-function not compiled: %v", re)
	}
	if re := pk.Sanitizers[0].WhereRe(); re == nil || !re.MatchString("&lt;") {
		t.Errorf("sanitizer where not compiled: %v", re)
	}
	bad := []struct{ yaml, want string }{
		{"pack: x\nlanguage: python\nsinks:\n  - {kind: nope, call: f}\n", "unknown kind"},
		{"pack: x\nlanguage: python\nsources:\n  - {expr: a, call: b}\n", "exactly one"},
		{"pack: x\nlanguage: python\npropagators:\n  - {method: a, to: nowhere}\n", "to must be"},
		{"pack: x\nlanguage: python\nsinkz: []\n", "field sinkz not found"},
		{"language: python\n", "required"},
		{"pack: x\nlanguage: php\nsources:\n  - {expr: a, where: b}\n", "call sources only"},
		{"pack: x\nlanguage: php\nsources:\n  - {call: a, where: \"(\"}\n", "where"},
		{"pack: x\nlanguage: java\nsinks:\n  - {kind: xss, call: f, not-in-function: \"(\"}\n", "not-in-function"},
		{"pack: x\nlanguage: java\nsanitizers:\n  - {call: f, where: \"[\"}\n", "where"},
	}
	for _, b := range bad {
		_, err := Parse([]byte(b.yaml))
		if err == nil || !strings.Contains(err.Error(), b.want) {
			t.Errorf("%q: error %v, want one containing %q", b.yaml, err, b.want)
		}
	}
}

// TestParseErrorsNameLine: a pack's errors say which line is wrong and why.
func TestParseErrorsNameLine(t *testing.T) {
	head := "pack: p\nlanguage: python\n"
	cases := []struct{ name, yml, want string }{
		{"source with two patterns", head + "sources:\n  - {expr: a}\n  - {expr: b, call: c}\n", "line 5: source 1: exactly one of expr, call, decorator"},
		{"sink without call", head + "sinks:\n  - {kind: sql}\n", "line 4: sink 0: call and kind are required"},
		{"bad where", head + "sinks:\n  - kind: sql\n    call: a\n  - kind: sql\n    call: b\n    where: \"(\"\n", "line 6: sink 1: where:"},
		{"sanitiser kind", head + "sanitizers:\n  - {call: a, kinds: [html]}\n", `line 4: sanitizer 0: unknown kind "html"`},
		{"propagator to", head + "propagators:\n  - {method: a, to: somewhere}\n", `line 4: propagator 0: to must be receiver, from-key or put-key, not "somewhere"`},
		{"unknown field", head + "sinks:\n  - {kind: sql, call: a, argz: [0]}\n", "line 4: field argz not found"},
		{"validator when", head + "validators:\n  - {call: a, when: maybe}\n", `line 4: validator 0: when must be true or false, not "maybe"`},
		{"effect without kind", head + "effects:\n  - {call: curl_exec}\n", "line 4: effect 0: call and kind are required"},
		{"effect kind", head + "effects:\n  - {kind: nope, call: curl_exec}\n", "line 4: effect 0: unknown kind"},
		{"no language", "pack: p\n", "pack and language are required"},
		{"empty", "", "empty pack"},
		{"not a mapping", "- a\n", "line 1:"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse([]byte(c.yml))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want one containing %q", err, c.want)
			}
		})
	}
}

// TestLoadDirNamesFile: errors of packs on disk name the file as DIR/file.
func TestLoadDirNamesFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "ok.yml"), []byte("pack: ok\nlanguage: python\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if set, err := LoadDir(dir); err != nil || len(set.Packs()) != 1 {
		t.Fatalf("LoadDir: %v (%v)", set, err)
	}
	if err := os.WriteFile(filepath.Join(dir, "bad.yaml"), []byte("pack: bad\nlanguage: python\nsinks:\n  - {call: x}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := LoadDir(dir)
	want := "models: " + filepath.Join(dir, "bad.yaml") + ": line 4: sink 0: call and kind are required"
	if err == nil || err.Error() != want {
		t.Errorf("error %v, want %q", err, want)
	}
	if _, err := LoadDir(filepath.Join(dir, "ok.yml")); err == nil || !strings.Contains(err.Error(), "not a directory") {
		t.Errorf("a file as DIR: %v", err)
	}
}

// TestSourceWhere: a call source with a where condition keeps it.
func TestSourceWhere(t *testing.T) {
	pk, err := Parse([]byte("pack: x\nlanguage: php\ndescription: d\nsources:\n  - {call: request, where: \"^request\\\\(\\\\s*[^)]\"}\n"))
	if err != nil {
		t.Fatal(err)
	}
	re := pk.Sources[0].WhereRe()
	if re == nil || !re.MatchString("request('q')") || re.MatchString("request()") {
		t.Errorf("where %v", re)
	}
}
