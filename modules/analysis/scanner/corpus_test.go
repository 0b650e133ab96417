package scanner

import (
	"context"
	"fmt"
	"os"
	"path"
	"regexp"
	"sort"
	"strings"
	"testing"
)

var labelRe = regexp.MustCompile(`LABEL:\s*(CWE-\d+(?:\s*,\s*CWE-\d+)*)`)

type corpusScore struct{ tp, fp, fn int }

func (s corpusScore) prf() (float64, float64, float64) {
	p, r := 1.0, 1.0
	if s.tp+s.fp > 0 {
		p = float64(s.tp) / float64(s.tp+s.fp)
	}
	if s.tp+s.fn > 0 {
		r = float64(s.tp) / float64(s.tp+s.fn)
	}
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// TestCorpus scans testdata/scanner/corpus (small labelled programs: each
// vulnerable line carries `LABEL: CWE-n`) and prints precision, recall and
// F1 per CWE class. A finding counts as a true positive when it is on a
// labelled line and shares a CWE with the label; findings on other lines are
// false positives; labels without such a finding are false negatives.
func TestCorpus(t *testing.T) {
	root := testdataDir + "/corpus"
	res, err := ScanFS(context.Background(), os.DirFS(root), Options{})
	if err != nil {
		t.Fatal(err)
	}
	type key struct {
		file string
		line int
	}
	labels := map[key][]string{}
	langOf := map[string]string{}
	for _, f := range res.Stats.Languages {
		_ = f
	}
	err = walkFiles(root, func(rel string, data []byte) {
		langOf[rel] = DetectLanguage(rel)
		for i, line := range strings.Split(string(data), "\n") {
			if m := labelRe.FindStringSubmatch(line); m != nil {
				for _, c := range strings.Split(m[1], ",") {
					labels[key{rel, i + 1}] = append(labels[key{rel, i + 1}], strings.TrimSpace(c))
				}
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	intersects := func(a, b []string) bool {
		for _, x := range a {
			for _, y := range b {
				if x == y {
					return true
				}
			}
		}
		return false
	}
	byCWE := map[string]*corpusScore{}
	byLang := map[string]*corpusScore{}
	score := func(m map[string]*corpusScore, k string) *corpusScore {
		if m[k] == nil {
			m[k] = &corpusScore{}
		}
		return m[k]
	}
	// findings grouped by line and primary CWE (two rules flagging the same
	// weakness on one line count once)
	type group struct {
		k    key
		cwe  string
		cwes []string
		ids  []string
	}
	groups := map[string]*group{}
	for _, f := range res.Findings {
		if f.Suppression != nil || len(f.CWE) == 0 {
			continue
		}
		k := key{f.Location.Path, f.Location.StartLine}
		gk := fmt.Sprintf("%s:%d:%s", k.file, k.line, f.CWE[0])
		g := groups[gk]
		if g == nil {
			g = &group{k: k, cwe: f.CWE[0]}
			groups[gk] = g
		}
		g.cwes = append(g.cwes, f.CWE...)
		g.ids = append(g.ids, f.RuleID)
	}
	matched := map[key]bool{}
	var fps []string
	for _, g := range groups {
		if lab, ok := labels[g.k]; ok && intersects(lab, g.cwes) {
			matched[g.k] = true
			continue
		}
		score(byCWE, g.cwe).fp++
		score(byLang, langOf[g.k.file]).fp++
		fps = append(fps, fmt.Sprintf("%s:%d %v", g.k.file, g.k.line, g.ids))
	}
	var fns []string
	for k, lab := range labels {
		if matched[k] {
			score(byCWE, lab[0]).tp++
			score(byLang, langOf[k.file]).tp++
			continue
		}
		score(byCWE, lab[0]).fn++
		score(byLang, langOf[k.file]).fn++
		fns = append(fns, fmt.Sprintf("%s:%d %v", k.file, k.line, lab))
	}
	sort.Strings(fps)
	sort.Strings(fns)
	var total corpusScore
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-10s %4s %4s %4s %9s %7s %5s\n", "CWE", "TP", "FP", "FN", "precision", "recall", "F1")
	cwes := make([]string, 0, len(byCWE))
	for c := range byCWE {
		cwes = append(cwes, c)
	}
	sort.Slice(cwes, func(i, j int) bool { return cweNum(cwes[i]) < cweNum(cwes[j]) })
	for _, c := range cwes {
		s := byCWE[c]
		total.tp, total.fp, total.fn = total.tp+s.tp, total.fp+s.fp, total.fn+s.fn
		p, r, f := s.prf()
		fmt.Fprintf(&b, "%-10s %4d %4d %4d %9.2f %7.2f %5.2f\n", c, s.tp, s.fp, s.fn, p, r, f)
	}
	p, r, f := total.prf()
	fmt.Fprintf(&b, "%-10s %4d %4d %4d %9.2f %7.2f %5.2f\n", "TOTAL", total.tp, total.fp, total.fn, p, r, f)
	langs := make([]string, 0, len(byLang))
	for l := range byLang {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		lp, lr, lf := byLang[l].prf()
		fmt.Fprintf(&b, "language %-10s P %.2f R %.2f F1 %.2f\n", l, lp, lr, lf)
	}
	fmt.Fprintf(&b, "false positives: %v\nfalse negatives: %v\n", fps, fns)
	t.Log(b.String())
	// Languages with built-in rules must stay accurate on the corpus.
	for _, l := range []string{"python", "javascript", "typescript", "tsx", "java", "php", "ruby", "c"} {
		if s := byLang[l]; s != nil {
			lp, lr, _ := s.prf()
			if lp < 0.85 || lr < 0.85 {
				t.Errorf("%s: precision %.2f recall %.2f, want >= 0.85 each", l, lp, lr)
			}
		}
	}
}

func cweNum(c string) int {
	var n int
	fmt.Sscanf(strings.TrimPrefix(c, "CWE-"), "%d", &n)
	return n
}

func walkFiles(root string, fn func(rel string, data []byte)) error {
	var walk func(dir string) error
	walk = func(dir string) error {
		entries, err := os.ReadDir(path.Join(root, dir))
		if err != nil {
			return err
		}
		for _, e := range entries {
			rel := path.Join(dir, e.Name())
			if e.IsDir() {
				if err := walk(rel); err != nil {
					return err
				}
				continue
			}
			data, err := os.ReadFile(path.Join(root, rel))
			if err != nil {
				return err
			}
			fn(rel, data)
		}
		return nil
	}
	return walk("")
}
