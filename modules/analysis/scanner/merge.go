package scanner

import (
	"slices"
	"sort"
	"strings"
)

// mergeOverlaps reports each weakness once: findings of several rules or
// passes that start on the same line of the same file and share a CWE are
// folded into one. The finding kept is the one with the most evidence (a
// secret, with its masked value and provider; else a taint finding, with
// its source-to-sink trace; else a pattern match), then the most severe;
// it takes the highest severity of the group, the union of their CWE and
// OWASP tags, a trace when it had none, and the folded rule ids in
// Extra["also_matched"], so nothing disappears silently. A suppressed
// finding is never folded into an open one (or the reverse), and
// dependency findings (a package, not a line of code) are never folded.
// It returns the remaining findings and how many were folded.
func mergeOverlaps(fs []Finding) ([]Finding, int) {
	type key struct {
		path string
		line int
	}
	groups := map[key][]int{}
	for i, f := range fs {
		if f.Location.Path == "" || f.Location.StartLine <= 0 || f.Kind == KindDependency {
			continue
		}
		k := key{f.Location.Path, f.Location.StartLine}
		groups[k] = append(groups[k], i)
	}
	drop := make([]bool, len(fs))
	merged := 0
	for _, idx := range groups {
		if len(idx) < 2 {
			continue
		}
		sort.SliceStable(idx, func(a, b int) bool { return moreEvidence(fs[idx[a]], fs[idx[b]]) })
		for ai, i := range idx {
			if drop[i] {
				continue
			}
			for _, j := range idx[ai+1:] {
				if drop[j] || !sharesCWE(fs[i].CWE, fs[j].CWE) || (fs[i].Suppression != nil) != (fs[j].Suppression != nil) || distinctSecrets(fs[i], fs[j]) {
					continue
				}
				absorb(&fs[i], fs[j])
				drop[j] = true
				merged++
			}
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

// distinctSecrets reports two secret findings on one line whose spans do
// not overlap: two credentials (an access key id and a token side by
// side), each to be revoked on its own, so two weaknesses.
func distinctSecrets(a, b Finding) bool {
	if a.Kind != KindSecret || b.Kind != KindSecret {
		return false
	}
	la, lb := a.Location, b.Location
	if la.EndLine != la.StartLine || lb.EndLine != lb.StartLine || la.StartColumn <= 0 || lb.StartColumn <= 0 {
		return false
	}
	return la.EndColumn <= lb.StartColumn || lb.EndColumn <= la.StartColumn
}

// evidenceRank orders kinds by what they prove about a line.
func evidenceRank(k Kind) int {
	switch k {
	case KindSecret:
		return 3
	case KindTaint:
		return 2
	case KindRule:
		return 1
	}
	return 0
}

func moreEvidence(a, b Finding) bool {
	if ra, rb := evidenceRank(a.Kind), evidenceRank(b.Kind); ra != rb {
		return ra > rb
	}
	if a.Severity.Rank() != b.Severity.Rank() {
		return a.Severity.Rank() > b.Severity.Rank()
	}
	return confidenceRank(a.Confidence) > confidenceRank(b.Confidence)
}

// confidenceRank orders confidences: low 0, medium 1, high 2.
func confidenceRank(c Confidence) int {
	switch c {
	case ConfidenceHigh:
		return 2
	case ConfidenceMedium:
		return 1
	}
	return 0
}

// absorb folds src into dst (same line, same weakness).
func absorb(dst *Finding, src Finding) {
	if dst.Extra == nil {
		dst.Extra = map[string]string{}
	}
	also := strings.Split(dst.Extra["also_matched"], ",")
	for _, id := range append([]string{src.RuleID}, strings.Split(src.Extra["also_matched"], ",")...) {
		if id != "" && id != dst.RuleID && !slices.Contains(also, id) {
			also = append(also, id)
		}
	}
	dst.Extra["also_matched"] = strings.Trim(strings.Join(also, ","), ",")
	if src.Severity.Rank() > dst.Severity.Rank() {
		dst.Severity = src.Severity
	}
	for _, c := range src.CWE {
		if !slices.Contains(dst.CWE, c) {
			dst.CWE = append(slices.Clip(dst.CWE), c)
		}
	}
	for _, o := range src.OWASP {
		if !slices.Contains(dst.OWASP, o) {
			dst.OWASP = append(slices.Clip(dst.OWASP), o)
		}
	}
	if len(dst.Trace) == 0 && len(src.Trace) > 0 {
		dst.Trace = src.Trace
	}
}

func sharesCWE(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}
