package scanner

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vigil/modules/analysis/scanner/dataflow"
	"vigil/modules/analysis/scanner/ir"
)

// TestSourcePlaceAgrees compares SourcePlace and ParamSource, which ask
// the rule's calleeFunc of each expression and decorator source, with the
// sources' regexps, for every rule of the engine's languages on the places,
// callees and parameters of the labelled corpus and, when present, of the
// first files of each language under /tmp/rules-proj.
func TestSourcePlaceAgrees(t *testing.T) {
	_, eng, mods := builtinEngine(t)
	// the regexp answers, as SourcePlace and ParamSource gave them before
	placeWant := func(s *v2Spec, key, canon string) bool {
		if s.heads != nil && !s.heads[headOf(key)] && !s.heads[headOf(canon)] {
			return false
		}
		for i := range s.rule.Taint.Sources {
			src := &s.rule.Taint.Sources[i]
			if src.exprRe == nil {
				continue
			}
			if (src.prefix == "" || strings.HasPrefix(key, src.prefix)) && src.exprRe.MatchString(key) ||
				canon != key && (src.prefix == "" || strings.HasPrefix(canon, src.prefix)) && src.exprRe.MatchString(canon) {
				return true
			}
		}
		for i := range s.view.Sources {
			if ms := &s.view.Sources[i]; ms.IsExpr() && (ms.Matches(canon) || ms.Matches(key)) {
				return true
			}
		}
		return false
	}
	decoWant := func(s *v2Spec, f *ir.Func, i int) bool {
		decl := f.Params[i].Decl
		for j := range s.view.Sources {
			ms := &s.view.Sources[j]
			if !ms.IsDecorator() || ms.ParamExcluded(decl) {
				continue
			}
			for _, d := range append(append([]string{}, f.Decorators...), f.Params[i].Decorators...) {
				if ms.Matches(d) {
					return true
				}
			}
		}
		return false
	}
	perLang := map[string]int{}
	places, params, yes := 0, 0, 0
	check := func(name string, src []byte) {
		tf := lowerForTest(t, eng, mods, name, src)
		if tf == nil {
			return
		}
		cl, _ := eng.lang(tf.lang.name)
		m := tf.mod
		keys := map[string]bool{}
		addKey := func(k string) {
			keys[k] = true
			for i := 0; i < len(k); i++ {
				if k[i] == '.' || k[i] == '[' {
					keys[k[:i]] = true
				}
			}
		}
		for _, f := range m.Funcs {
			for _, b := range f.Blocks {
				for _, in := range b.Instrs {
					addKey(in.Text)
					addKey(in.Callee)
					if in.Dst != nil {
						addKey(in.Dst.Key())
					}
					for _, a := range in.Args {
						addKey(a.Place.Key())
					}
				}
			}
		}
		for _, r := range cl.taint {
			rm := mods.view(r, tf.lang.name)
			sp := &v2Spec{rule: r, lang: tf.lang.name, rm: rm, view: rm.view, heads: rm.heads, src: src, path: name,
				placeCache: map[[2]string]bool{}, vm: mods, imports: m.Imports, mod: m, tf: tf}
			var _ dataflow.Spec = sp
			for k := range keys {
				canon := ir.CanonicalIn(nil, m.Imports, k)
				got, want := sp.SourcePlace(k, canon), placeWant(sp, k, canon)
				if got != want {
					t.Errorf("%s %s: SourcePlace(%q, %q) %v, regexps %v", name, r.ID, k, canon, got, want)
				}
				places++
				if got {
					yes++
				}
			}
			for _, f := range m.Funcs {
				for i := range f.Params {
					ruleSrc := false
					for j := range r.Taint.Sources {
						if re := r.Taint.Sources[j].paramRe; re != nil && re.MatchString(f.Params[i].Decl) {
							ruleSrc = true
						}
					}
					if ruleSrc {
						continue // asked of the rule's own regexps, as before
					}
					if got, want := sp.ParamSource(f, i), decoWant(sp, f, i); got != want {
						t.Errorf("%s %s: ParamSource(%s, %d) %v, regexps %v", name, r.ID, f.Name, i, got, want)
					}
					params++
				}
			}
		}
	}
	walk := func(root string, limit int) {
		_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			lang := DetectLanguage(p)
			if !engineV2[lang] || perLang[lang] >= limit {
				return nil
			}
			if src, err := os.ReadFile(p); err == nil && len(src) < 100<<10 {
				perLang[lang]++
				check(p, src)
			}
			return nil
		})
	}
	walk(testdataDir+"/corpus", 1<<30)
	clear(perLang)
	if _, err := os.Stat("/tmp/rules-proj"); err == nil {
		walk("/tmp/rules-proj", 10)
	}
	if places < 10000 || yes < 100 || params < 1000 {
		t.Errorf("only %d places (%d sources), %d parameters", places, yes, params)
	}
	t.Logf("%d places (%d sources), %d parameters", places, yes, params)
}
