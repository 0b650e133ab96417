package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Finding is the part of a `vigil scan --format json` finding the scorer reads.
type Finding struct {
	RuleID   string   `json:"rule_id"`
	Kind     string   `json:"kind"`
	CWE      []string `json:"cwe"`
	Location struct {
		Path      string `json:"path"`
		StartLine int    `json:"start_line"`
		EndLine   int    `json:"end_line"`
	} `json:"location"`
	Suppression json.RawMessage `json:"suppression,omitempty"`
	// Extra["also_matched"] lists, comma-separated, the rules whose
	// finding at the same place was merged into this one.
	Extra map[string]string `json:"extra"`
}

// matched reports whether rule found this: it is the finding's rule, or
// one merged into it (a data-flow and a pattern rule on the same line
// give one finding; both rules found it).
func (f Finding) matched(rule string) bool {
	if f.RuleID == rule {
		return true
	}
	for _, id := range strings.Split(f.Extra["also_matched"], ",") {
		if strings.TrimSpace(id) == rule {
			return true
		}
	}
	return false
}

// key is the CWE a finding is counted under when it is a false positive:
// its first CWE, or "none".
func (f Finding) key() string {
	if len(f.CWE) == 0 {
		return "none"
	}
	return normCWE(f.CWE[0])
}

// covers reports whether the finding's span includes line.
func (f Finding) covers(line int) bool {
	end := f.Location.EndLine
	if end < f.Location.StartLine {
		end = f.Location.StartLine
	}
	return f.Location.StartLine <= line && line <= end
}

// Report is the part of the scan report the scorer reads.
type Report struct {
	Findings []Finding `json:"findings"`
}

// Counts is a confusion matrix. TN is only meaningful at file level per
// language (a safe case with no finding).
type Counts struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
	TN int `json:"tn"`
}

func ratio(a, b int) *float64 {
	if b == 0 {
		return nil
	}
	r := float64(a) / float64(b)
	return &r
}

// Precision is TP/(TP+FP), nil when nothing was reported.
func (c Counts) Precision() *float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), nil when nothing was expected.
func (c Counts) Recall() *float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall, nil when either is
// undefined; 0 when both are 0.
func (c Counts) F1() *float64 {
	p, r := c.Precision(), c.Recall()
	if p == nil || r == nil {
		return nil
	}
	if *p+*r == 0 {
		z := 0.0
		return &z
	}
	f := 2 * *p * *r / (*p + *r)
	return &f
}

// MarshalJSON adds precision, recall and F1 (null when undefined) to the
// counts, so -json readers need not recompute them.
func (c Counts) MarshalJSON() ([]byte, error) {
	type plain Counts
	return json.Marshal(struct {
		plain
		Precision *float64 `json:"precision"`
		Recall    *float64 `json:"recall"`
		F1        *float64 `json:"f1"`
	}{plain(c), c.Precision(), c.Recall(), c.F1()})
}

func (c *Counts) add(o Counts) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN; c.TN += o.TN }

// Miss is one scoring error, listed with --misses.
type Miss struct {
	Level string `json:"level"` // file or line
	Kind  string `json:"kind"`  // FN or FP
	Case  string `json:"case"`
	Path  string `json:"path,omitempty"`
	Line  int    `json:"line,omitempty"`
	CWE   string `json:"cwe,omitempty"`
	Rule  string `json:"rule,omitempty"`
}

// Score is the outcome for one corpus.
type Score struct {
	Cases      int                `json:"cases"`
	Positive   int                `json:"positive"`
	Negative   int                `json:"negative"`
	FileTotal  Counts             `json:"file_total"`
	FileByLang map[string]*Counts `json:"file_by_language"`
	FileByCWE  map[string]*Counts `json:"file_by_cwe"`
	// LineTotal is nil for per-rule corpora.
	LineTotal *Counts `json:"line_total,omitempty"`
	// LineByLang and LineByCWE are nil for per-rule corpora (file level only).
	LineByLang map[string]*Counts `json:"line_by_language,omitempty"`
	LineByCWE  map[string]*Counts `json:"line_by_cwe,omitempty"`
	// Unattributed counts findings in files that belong to no case.
	Unattributed int    `json:"unattributed_findings"`
	Misses       []Miss `json:"misses,omitempty"`
}

func bump(m map[string]*Counts, k string) *Counts {
	c := m[k]
	if c == nil {
		c = &Counts{}
		m[k] = c
	}
	return c
}

// score compares findings with the cases' expectations. ruleCWEs maps a
// rule ID to its CWEs, used to put per-rule cases in the per-CWE table.
func score(cases []*Case, findings []Finding, ruleCWEs map[string][]string) *Score {
	s := &Score{FileByLang: map[string]*Counts{}, FileByCWE: map[string]*Counts{}}
	fileCase := map[string]*Case{}
	labelled := false
	for _, c := range cases {
		for _, f := range c.Files {
			fileCase[f] = c
		}
		if c.Rule == "" {
			labelled = true
		}
	}
	byCase := map[*Case][]Finding{}
	byPath := map[string][]Finding{}
	for _, f := range findings {
		if len(f.Suppression) > 0 && string(f.Suppression) != "null" {
			continue
		}
		c := fileCase[f.Location.Path]
		if c == nil {
			s.Unattributed++
			continue
		}
		byCase[c] = append(byCase[c], f)
		byPath[f.Location.Path] = append(byPath[f.Location.Path], f)
	}
	if labelled {
		s.LineByLang, s.LineByCWE = map[string]*Counts{}, map[string]*Counts{}
	}
	for _, c := range cases {
		s.Cases++
		if c.Positive() {
			s.Positive++
		} else {
			s.Negative++
		}
		fs := byCase[c]
		if c.Rule != "" {
			s.scoreRuleCase(c, fs, ruleCWEs[c.Rule])
			continue
		}
		s.scoreLabelledCase(c, fs)
		s.scoreLines(c, byPath)
	}
	s.FileTotal = total(s.FileByLang)
	if s.LineByLang != nil {
		t := total(s.LineByLang)
		s.LineTotal = &t
	}
	return s
}

func (s *Score) scoreRuleCase(c *Case, fs []Finding, cwes []string) {
	hit := false
	for _, f := range fs {
		if f.matched(c.Rule) {
			hit = true
		}
	}
	if len(cwes) == 0 {
		cwes = []string{"unknown"}
	}
	var o Counts
	switch {
	case c.Expected && hit:
		o.TP = 1
	case c.Expected:
		o.FN = 1
		s.Misses = append(s.Misses, Miss{Level: "file", Kind: "FN", Case: c.ID, Rule: c.Rule})
	case hit:
		o.FP = 1
		s.Misses = append(s.Misses, Miss{Level: "file", Kind: "FP", Case: c.ID, Rule: c.Rule})
	default:
		o.TN = 1
	}
	bump(s.FileByLang, c.Language).add(o)
	for _, w := range cwes {
		bump(s.FileByCWE, normCWE(w)).add(Counts{TP: o.TP, FP: o.FP, FN: o.FN})
	}
}

func (s *Score) scoreLabelledCase(c *Case, fs []Finding) {
	wants := c.CWEs()
	lang := bump(s.FileByLang, c.Language)
	if len(wants) == 0 {
		if len(fs) == 0 {
			lang.TN++
		} else {
			lang.FP++
		}
	} else {
		hit := false
		for _, f := range fs {
			if anyMatch(f.CWE, wants) {
				hit = true
			}
		}
		if hit {
			lang.TP++
		} else {
			lang.FN++
		}
	}
	for _, w := range wants {
		hit := false
		for _, f := range fs {
			if anyMatch(f.CWE, []string{w}) {
				hit = true
			}
		}
		if hit {
			bump(s.FileByCWE, w).TP++
		} else {
			bump(s.FileByCWE, w).FN++
			s.Misses = append(s.Misses, Miss{Level: "file", Kind: "FN", Case: c.ID, CWE: w})
		}
	}
	fpKeys := map[string]Finding{}
	for _, f := range fs {
		if !anyMatch(f.CWE, wants) {
			if _, dup := fpKeys[f.key()]; !dup {
				fpKeys[f.key()] = f
			}
		}
	}
	for _, k := range sortedKeys(fpKeys) {
		f := fpKeys[k]
		bump(s.FileByCWE, k).FP++
		s.Misses = append(s.Misses, Miss{Level: "file", Kind: "FP", Case: c.ID, Path: f.Location.Path, Line: f.Location.StartLine, CWE: k, Rule: f.RuleID})
	}
}

// scoreLines scores a labelled case line by line: a label is found when a
// finding whose span covers its line carries a matching CWE; a finding is a
// false positive when no label on a line it covers matches it (findings
// with the same file, line and counted CWE are one).
func (s *Score) scoreLines(c *Case, byPath map[string][]Finding) {
	lang := bump(s.LineByLang, c.Language)
	for _, l := range c.Labels {
		lineHit := false
		for _, w := range l.CWEs {
			hit := false
			for _, f := range byPath[l.Path] {
				if f.covers(l.Line) && anyMatch(f.CWE, []string{w}) {
					hit = true
				}
			}
			if hit {
				lineHit = true
				bump(s.LineByCWE, w).TP++
			} else {
				bump(s.LineByCWE, w).FN++
				s.Misses = append(s.Misses, Miss{Level: "line", Kind: "FN", Case: c.ID, Path: l.Path, Line: l.Line, CWE: w})
			}
		}
		if lineHit {
			lang.TP++
		} else {
			lang.FN++
		}
	}
	for _, p := range c.Files {
		seen := map[string]bool{}
		for _, f := range byPath[p] {
			k := fmt.Sprintf("%d|%s", f.Location.StartLine, f.key())
			if seen[k] {
				continue
			}
			seen[k] = true
			matched := false
			for _, l := range c.Labels {
				if l.Path == p && f.covers(l.Line) && anyMatch(f.CWE, l.CWEs) {
					matched = true
				}
			}
			if !matched {
				lang.FP++
				bump(s.LineByCWE, f.key()).FP++
				s.Misses = append(s.Misses, Miss{Level: "line", Kind: "FP", Case: c.ID, Path: p, Line: f.Location.StartLine, CWE: f.key(), Rule: f.RuleID})
			}
		}
	}
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// sortedCWEKeys orders keys such as CWE-79, CWE-89, CWE-601 by number,
// then anything else (languages, "none") by name.
func sortedCWEKeys[V any](m map[string]V) []string {
	out := sortedKeys(m)
	num := func(k string) int {
		n, err := strconv.Atoi(strings.TrimPrefix(k, "CWE-"))
		if err != nil || !strings.HasPrefix(k, "CWE-") {
			return 1 << 30
		}
		return n
	}
	sort.SliceStable(out, func(i, j int) bool { return num(out[i]) < num(out[j]) })
	return out
}

// total sums a per-language table.
func total(m map[string]*Counts) Counts {
	var t Counts
	for _, c := range m {
		t.add(*c)
	}
	return t
}
