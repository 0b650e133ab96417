package report

import (
	"encoding/json"
	"fmt"
	"os"

	"vigil/modules/analysis/scanner"
)

// Baseline is the set of fingerprints of a previous report.
type Baseline map[string]bool

// LoadBaseline reads a previous `--format json` or `--format sarif` output.
func LoadBaseline(path string) (Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("baseline: %w", err)
	}
	var probe struct {
		Findings []struct {
			Fingerprint string `json:"fingerprint"`
		} `json:"findings"`
		Runs []struct {
			Results []struct {
				PartialFingerprints map[string]string `json:"partialFingerprints"`
			} `json:"results"`
		} `json:"runs"`
		Version any `json:"version"`
	}
	if err := json.Unmarshal(data, &probe); err != nil {
		return nil, fmt.Errorf("baseline: %s is neither Vigil JSON nor SARIF: %w", path, err)
	}
	b := Baseline{}
	switch {
	case probe.Runs != nil:
		for _, run := range probe.Runs {
			for _, r := range run.Results {
				if fp := r.PartialFingerprints[FingerprintKey]; fp != "" {
					b[fp] = true
				}
			}
		}
	case probe.Findings != nil:
		for _, f := range probe.Findings {
			if f.Fingerprint != "" {
				b[f.Fingerprint] = true
			}
		}
	default:
		return nil, fmt.Errorf("baseline: %s has no findings or runs", path)
	}
	return b, nil
}

// Apply removes findings already present in the baseline and recomputes the
// severity counts; it returns how many were removed.
func (b Baseline) Apply(res *scanner.Result) int {
	kept := res.Findings[:0]
	removed := 0
	for _, f := range res.Findings {
		if b[f.Fingerprint] {
			removed++
			continue
		}
		kept = append(kept, f)
	}
	res.Findings = kept
	res.Stats.BySeverity = map[string]int{}
	res.Stats.Suppressed = 0
	for _, f := range kept {
		if f.Suppression != nil {
			res.Stats.Suppressed++
			continue
		}
		res.Stats.BySeverity[string(f.Severity)]++
	}
	res.Notes = append(res.Notes, scanner.Note{Pass: "baseline", Level: "info", Message: baselineNote(removed)})
	return removed
}

// baselineNote says how many findings the baseline left out.
func baselineNote(removed int) string {
	verb := " were"
	if removed == 1 {
		verb = " was"
	}
	return scanner.Count(removed, "finding", "findings") + " already in the baseline" + verb + " omitted"
}
