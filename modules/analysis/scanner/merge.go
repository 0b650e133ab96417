package scanner

import (
	"slices"
	"strings"
)

// mergeOverlaps folds a structural finding into a taint finding that reports
// the same weakness (a shared CWE) on the same line of the same file. The
// taint finding carries the proof (its source-to-sink trace), so showing the
// pattern match beside it would only be noise; the folded rule ids are kept
// in the taint finding's Extra["also_matched"] so nothing disappears
// silently. It returns the remaining findings and how many were folded.
func mergeOverlaps(fs []Finding) ([]Finding, int) {
	type key struct {
		path string
		line int
	}
	taint := map[key][]int{}
	for i, f := range fs {
		if f.Kind == KindTaint {
			k := key{f.Location.Path, f.Location.StartLine}
			taint[k] = append(taint[k], i)
		}
	}
	if len(taint) == 0 {
		return fs, 0
	}
	drop := make([]bool, len(fs))
	merged := 0
	for i, f := range fs {
		if f.Kind != KindRule {
			continue
		}
		for _, ti := range taint[key{f.Location.Path, f.Location.StartLine}] {
			t := &fs[ti]
			if !sharesCWE(f.CWE, t.CWE) || (f.Suppression != nil) != (t.Suppression != nil) {
				continue
			}
			if t.Extra == nil {
				t.Extra = map[string]string{}
			}
			also := strings.Split(t.Extra["also_matched"], ",")
			if !slices.Contains(also, f.RuleID) {
				t.Extra["also_matched"] = strings.Trim(t.Extra["also_matched"]+","+f.RuleID, ",")
			}
			drop[i] = true
			merged++
			break
		}
	}
	if merged == 0 {
		return fs, 0
	}
	out := fs[:0]
	for i, f := range fs {
		if !drop[i] {
			out = append(out, f)
		}
	}
	return out, merged
}

func sharesCWE(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}
