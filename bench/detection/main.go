// Command detection scores `vigil scan --format json` reports against
// labelled corpora and prints precision, recall and F1 per language and per
// CWE. bench/detection.sh builds the scanner, runs the scans and calls it.
//
//	detection -labels blind:testdata/blind:/tmp/blind.json \
//	          -rules rules:testdata/scanner:/tmp/rules.json -rules-list /tmp/rules-list.json [-json] [-misses]
//
// A -labels corpus is read for `LABEL: CWE-n` markers: a file (or a
// vuln_*/safe_* folder) with a label is a positive case. At file level a
// positive case is found when any of its findings carries a CWE matching
// one of its labels, and a case without labels is a false positive when it
// has any finding at all. At line level a label is found when a finding
// covering its line carries a matching CWE, and every other finding is a
// false positive. A -rules corpus is a folder of RULE-ID/positive_* and
// RULE-ID/negative_* files scored at file level on the rule ID alone.
// CWEs match exactly or through the family table printed with the results.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

type corpusFlag []string

func (c *corpusFlag) String() string     { return strings.Join(*c, ",") }
func (c *corpusFlag) Set(s string) error { *c = append(*c, s); return nil }

// Result is one scored corpus, as printed by -json.
type Result struct {
	Name  string `json:"name"`
	Root  string `json:"root"`
	Mode  string `json:"mode"` // labels or rules
	Score *Score `json:"score"`
}

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "detection:", err)
		os.Exit(2)
	}
}

func run(args []string, w io.Writer) error {
	fl := flag.NewFlagSet("detection", flag.ContinueOnError)
	var labels, rules corpusFlag
	fl.Var(&labels, "labels", "NAME:DIR:REPORT of a LABEL-marked corpus (repeatable)")
	fl.Var(&rules, "rules", "NAME:DIR:REPORT of a folder of RULE-ID/positive_*, negative_* cases (repeatable)")
	rulesList := fl.String("rules-list", "", "`vigil rules list --format json` output, to put per-rule cases under their CWEs")
	asJSON := fl.Bool("json", false, "print JSON instead of tables")
	misses := fl.Bool("misses", false, "also list every false negative and false positive")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if len(labels)+len(rules) == 0 {
		return errors.New("nothing to score: give -labels or -rules")
	}
	ruleCWEs := map[string][]string{}
	if *rulesList != "" {
		data, err := os.ReadFile(*rulesList)
		if err != nil {
			return err
		}
		var list []struct {
			ID  string   `json:"id"`
			CWE []string `json:"cwe"`
		}
		if err := json.Unmarshal(data, &list); err != nil {
			return fmt.Errorf("rules list: %w", err)
		}
		for _, r := range list {
			ruleCWEs[r.ID] = r.CWE
		}
	}
	var results []Result
	for _, spec := range append(append([]string{}, labels...), rules...) {
		isRules := len(results) >= len(labels)
		name, dir, reportPath, err := splitCorpusArg(spec)
		if err != nil {
			return err
		}
		var cases []*Case
		mode := "labels"
		if isRules {
			mode = "rules"
			cases, err = loadRuleCases(os.DirFS(dir))
		} else {
			cases, err = loadLabelled(os.DirFS(dir))
		}
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		data, err := os.ReadFile(reportPath)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		var rep Report
		if err := json.Unmarshal(data, &rep); err != nil {
			return fmt.Errorf("%s: report: %w", name, err)
		}
		s := score(cases, rep.Findings, ruleCWEs)
		if !*misses {
			s.Misses = nil
		}
		results = append(results, Result{Name: name, Root: dir, Mode: mode, Score: s})
	}
	if *asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Families [][]string `json:"cwe_families"`
			Corpora  []Result   `json:"corpora"`
		}{families, results})
	}
	printFamilies(w)
	for _, r := range results {
		printResult(w, r)
	}
	return nil
}

func printFamilies(w io.Writer) {
	fmt.Fprintln(w, "CWE families (a finding tagged with one member counts for a label with another):")
	for _, f := range families {
		fmt.Fprintf(w, "  %s\n", strings.Join(f, " ~ "))
	}
}

func pct(p *float64) string {
	if p == nil {
		return "    -"
	}
	return fmt.Sprintf("%5.1f", *p*100)
}

func printTable(w io.Writer, title, keyName string, m map[string]*Counts, withTN, withTotal bool) {
	fmt.Fprintf(w, "\n  %s\n", title)
	tn := ""
	if withTN {
		tn = "   TN"
	}
	fmt.Fprintf(w, "  %-12s %4s %4s %4s%s %6s %6s %6s\n", keyName, "TP", "FP", "FN", tn, "prec%", "rec%", "F1%")
	row := func(k string, c Counts) {
		tnv := ""
		if withTN {
			tnv = fmt.Sprintf(" %4d", c.TN)
		}
		fmt.Fprintf(w, "  %-12s %4d %4d %4d%s %6s %6s %6s\n", k, c.TP, c.FP, c.FN, tnv, pct(c.Precision()), pct(c.Recall()), pct(c.F1()))
	}
	for _, k := range sortedCWEKeys(m) {
		row(k, *m[k])
	}
	if withTotal {
		row("ALL", total(m))
	}
}

func printResult(w io.Writer, r Result) {
	s := r.Score
	fmt.Fprintf(w, "\n== %s (%s, %s): %d cases, %d positive, %d negative", r.Name, r.Root, r.Mode, s.Cases, s.Positive, s.Negative)
	if s.Unattributed > 0 {
		fmt.Fprintf(w, ", %d findings outside any case ignored", s.Unattributed)
	}
	fmt.Fprintln(w)
	printTable(w, "file level, per language", "language", s.FileByLang, true, true)
	printTable(w, "file level, per CWE", "CWE", s.FileByCWE, false, false)
	if s.LineByLang != nil {
		printTable(w, "line level, per language", "language", s.LineByLang, false, true)
		printTable(w, "line level, per CWE", "CWE", s.LineByCWE, false, false)
	}
	if len(s.Misses) > 0 {
		fmt.Fprintf(w, "\n  misses\n")
		for _, m := range s.Misses {
			at := m.Case
			if m.Path != "" {
				at = fmt.Sprintf("%s:%d", m.Path, m.Line)
			}
			fmt.Fprintf(w, "  %-4s %s %-60s %s %s\n", m.Level, m.Kind, at, m.CWE, m.Rule)
		}
	}
}
