package scanner

import (
	"regexp"
	"testing"
)

// TestCalleeFuncSameAsRegexp: calleeFunc answers as the regexp does, for
// hand-picked globs and for every callee pattern of the built-in rules and
// packs, on callees built from the patterns' own words.
func TestCalleeFuncSameAsRegexp(t *testing.T) {
	pats := []string{"*.execute", "os.system", "subprocess.*", "a*b*c", "*", "*.x*y", "x.*", "re:foo|bar", "re:(?i)exec",
		"re:.*\\.route", "*.connection.execute", "re:^x$", "a.*.b"}
	rules, err := BuiltinRules()
	if err != nil {
		t.Fatal(err)
	}
	var res []*regexp.Regexp
	for _, p := range pats {
		re, err := globRe(p)
		if err != nil {
			t.Fatal(err)
		}
		res = append(res, re)
	}
	for _, r := range rules {
		if r.Taint == nil {
			continue
		}
		for _, s := range r.Taint.Sinks {
			res = append(res, s.callRe)
		}
		for _, s := range r.Taint.Sources {
			res = append(res, s.callRe)
		}
		for _, s := range r.Taint.Sanitizers {
			res = append(res, s.callRe)
		}
	}
	set, err := builtinModels()
	if err != nil {
		t.Fatal(err)
	}
	for _, pk := range set.Packs() {
		for i := range pk.Sinks {
			res = append(res, pk.Sinks[i].Re())
		}
		for i := range pk.Sanitizers {
			res = append(res, pk.Sanitizers[i].Re())
		}
	}
	inputs := []string{"", ".", "execute", "db.execute", "db.executes", "xexecute", "os.system", "os.system.x", "subprocess.run",
		"subprocess", "abc", "aXbYc", "ab", "acb", "x.y", "x.", "a..b", "a.x.b", "\xff.execute", "a\nb.execute", "db.connection.execute",
		"connection.execute", "foo.route", "route", "ŕ.exec", "EXEC"}
	fast := 0
	for _, re := range res {
		if re == nil {
			continue
		}
		if _, ok := parseGlobRe(re.String()); ok {
			fast++
		}
		// callees made of the pattern's own pieces
		lits := regexp.MustCompile(`[A-Za-z_][A-Za-z0-9_]*`).FindAllString(re.String(), -1)
		in := append([]string{}, inputs...)
		for i, l := range lits {
			in = append(in, l, "x."+l, l+".y", "a.b."+l)
			if i > 0 {
				in = append(in, lits[i-1]+"."+l, lits[i-1]+l, "q."+lits[i-1]+".z."+l)
			}
		}
		f := calleeFunc(re)
		for _, s := range in {
			if got, want := f(s), re.MatchString(s); got != want {
				t.Errorf("%s on %q: %v, regexp %v", re, s, got, want)
			}
		}
	}
	if fast < len(res)/2 {
		t.Errorf("only %d of %d patterns are globs", fast, len(res))
	}
	if calleeFunc(nil)("x") {
		t.Error("a nil pattern matches nothing")
	}
}
