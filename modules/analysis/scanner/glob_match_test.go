package scanner

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
)

// TestCalleeFuncSameAsRegexp: calleeFunc answers as the regexp does, for
// hand-picked globs and for every callee pattern of the built-in rules and
// packs, on callees built from the patterns' own words.
func TestCalleeFuncSameAsRegexp(t *testing.T) {
	pats := []string{"*.execute", "os.system", "subprocess.*", "a*b*c", "*", "*.x*y", "x.*", "re:foo|bar", "re:(?i)exec",
		"re:.*\\.route", "*.connection.execute", "re:^x$", "a.*.b",
		// finite sets, with a gap, after (?:.*\.)? (setGlob)
		"re:os\\.(remove|unlink)", "re:.*\\.(execute|raw)", "re:(\\$|jQuery)\\(.*\\)\\.(text|html)", "re:(?:.*\\.)?(a|bc)\\.(x|yz)",
		"re:(?:.*\\.)?(a|b).*c", "re:(a|b)?.*", "re:x|y.z", "re:a[b-d]?", "re:(?i)os\\.(remove|unlink)", "re:a\\nb", "re:.*é",
		// a literal every match holds (requiredLiteral)
		"re:github\\.com/go-chi/chi(/v[0-9]+)?\\.URLParam", "re:\\$\\w*[Rr]equest->get", "re:(?i)xstream\\w*\\.fromXML",
		"re:\\w*[sS]ess(ion)?\\w*\\.Set", "re:(ab)+cd\\w", "re:x\\x{FFFD}y\\w*"}
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
		"connection.execute", "foo.route", "route", "ŕ.exec", "EXEC",
		"os.remove", "os.removex", "xos.remove", "a.os.unlink", "OS.remove", "db.raw", "raw", ".raw", "a\nb.raw", "\xff.raw", "$(x).text", "jQuery().html",
		"$(\n).text", "a.x", "q.bc.yz", "q.bc.yzz", "b.c", "q.a.zc", "q.ac", "bxx", "x", "y.z", "y\nz", "ab", "a", "ae", "a\nb", "é", "x\xc3", "\xc3\xa9",
		"github.com/go-chi/chi.URLParam", "github.com/go-chi/chi/v5.URLParam", "github.com/go-chi/chi/v.URLParam", "$request->get", "$myRequest->get",
		"$request->getx", "a.XStreamer.fromXML", "s.Set", "mysession.Set", "ababcdx", "abcd", "x\uFFFDy", "x\xffy", "x\xffyz"}
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

// TestCalleeFuncShapes: which callee regexps calleeFunc answers without
// running them in full.
func TestCalleeFuncShapes(t *testing.T) {
	for _, tc := range []struct {
		expr    string
		set     bool   // parseSetGlob takes it
		literal string // else the literal every match holds
	}{
		{`^(?:os\.(remove|unlink))$`, true, ""},
		{`^(?:.*\.(execute|raw))$`, true, ""},
		{`^(?:(?:.*\.)?(a|b).*c)$`, true, ""},
		{`^(?:(\$|jQuery)\(.*\)\.text)$`, true, ""},
		{`^(?:a.*b.*c)$`, false, "a"},
		{`^(?:(?i)os\.(remove|unlink))$`, false, ""},
		{`^(?:.*é)$`, true, ""},
		{`^(?:\x{FFFD}|a)$`, false, ""},
		{`^(?:github\.com/go-chi/chi(/v[0-9]+)?\.URLParam)$`, false, "github.com/go-chi/chi"},
		{`^(?:\$\w*[Rr]equest->get)$`, false, "equest->get"},
		{`^(?:(ab)+cde\w)$`, false, "cde"},
		{`^(?:x\x{FFFD}yz\w*)$`, false, ""},
		{`^(?:a|\w+)$`, false, ""},
	} {
		_, set := parseSetGlob(tc.expr)
		if set != tc.set {
			t.Errorf("%s: setGlob %v, want %v", tc.expr, set, tc.set)
		}
		if !set {
			if got := requiredLiteral(tc.expr); got != tc.literal {
				t.Errorf("%s: literal %q, want %q", tc.expr, got, tc.literal)
			}
		}
	}
}

// TestCalleeFuncAgreesOnRealCallees compares calleeFunc with the regexp
// for every callee pattern of the built-in rules and packs on the callees
// (as written and canonical) of the labelled corpus and, when present, of
// the real projects under /tmp/rules-proj (the first files of each).
func TestCalleeFuncAgreesOnRealCallees(t *testing.T) {
	rules, eng, mods := builtinEngine(t)
	var res []*regexp.Regexp
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
	for _, pk := range mods.set.Packs() {
		for i := range pk.Sources {
			res = append(res, pk.Sources[i].Re())
		}
		for i := range pk.Sinks {
			res = append(res, pk.Sinks[i].Re())
		}
		for i := range pk.Sanitizers {
			res = append(res, pk.Sanitizers[i].Re())
		}
	}
	names := map[string]bool{}
	perLang := map[string]int{}
	add := func(p string, limit int) {
		cl, err := eng.lang(DetectLanguage(p))
		if err != nil || cl == nil || len(cl.taint) == 0 || perLang[cl.lang.name] >= limit {
			return
		}
		src, err := os.ReadFile(p)
		if err != nil || len(src) > 200<<10 {
			return
		}
		perLang[cl.lang.name]++
		ps := sitter.NewParser()
		ps.SetLanguage(cl.ts)
		tree, err := ps.ParseCtx(context.Background(), nil, src)
		if err != nil {
			return
		}
		root, _ := copyTree(tree.RootNode(), cl.lang, src, cl.ts, map[sitter.Symbol]symInfo{})
		for c := range callees(root, src) {
			names[c] = true
		}
		if engineV2[cl.lang.name] {
			tf := &taintFile{lang: cl.lang, root: root, src: src, path: p, models: mods}
			for _, k := range tf.callees() {
				names[k[0]], names[k[1]] = true, true
			}
		}
	}
	walk := func(root string, limit int) {
		_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				add(p, limit)
			}
			return nil
		})
	}
	walk(testdataDir+"/corpus", 1<<30)
	for k := range perLang {
		perLang[k] = 0
	}
	if _, err := os.Stat("/tmp/rules-proj"); err == nil {
		walk("/tmp/rules-proj", 20)
	}
	if len(names) < 500 {
		t.Fatalf("only %d callees", len(names))
	}
	done := map[string]bool{}
	for _, re := range res {
		if re == nil || done[re.String()] {
			continue
		}
		done[re.String()] = true
		f := calleeFunc(re)
		for s := range names {
			if got, want := f(s), re.MatchString(s); got != want {
				t.Errorf("%s on %q: %v, regexp %v", re, s, got, want)
			}
		}
	}
	t.Logf("%d patterns, %d callees", len(done), len(names))
}
