package cortex

import (
	"io/fs"

	"vigil/modules/analysis/scanner"
)

// QuoteAnalysis estimates what Analyze(in) may cost, as a min–max range in
// USD, from the real sizes of what it would send: one fast triage per
// static finding, a strong review of each of the riskiest files, and the
// summary. The minimum assumes no AI finding and fixes only for serious
// static findings; the maximum assumes three AI findings per reviewed file
// (each re-checked), MaxFixes fixes, a repair call per item and worst-case
// tokenization. Pass the maximum to NewBudget: the run then stops before it
// can spend more than was quoted.
func (s *Service) QuoteAnalysis(in Input) (minUSD, maxUSD float64) {
	if !s.Configured() {
		return 0, 0
	}
	if in.MaxReviewFiles <= 0 {
		in.MaxReviewFiles = 5
	}
	if in.MaxFixes <= 0 {
		in.MaxFixes = 10
	}
	if in.FixSeverity == "" {
		in.FixSeverity = scanner.SeverityHigh
	}
	add := func(sizes []int, tier Tier, minToo bool) {
		lo, hi := s.Quote(sizes, tier)
		if minToo {
			minUSD += lo
		}
		maxUSD += hi
	}
	window := func(path string, lines int) int {
		b, err := fs.ReadFile(in.Source, path)
		if err != nil {
			return 4096
		}
		// ~80 bytes per line of context, never more than the file.
		return min(len(b), lines*80)
	}

	var triage, fixes []int
	for _, f := range in.Findings {
		if f.Suppression != nil || f.Kind == scanner.KindDependency || f.Kind == scanner.KindAI {
			continue
		}
		size := window(f.Location.Path, 2*contextLines+1) + len(f.Snippet)
		triage = append(triage, size)
		if f.Severity.Rank() >= in.FixSeverity.Rank() && f.Kind != scanner.KindSecret && len(fixes) < in.MaxFixes {
			fixes = append(fixes, window(f.Location.Path, 4*contextLines+1))
		}
	}
	add(triage, TierFast, true)
	add(fixes, TierStrong, true)

	var review, recheck []int
	ranked := RankFiles(in.Source, in.Findings)
	if len(ranked) > in.MaxReviewFiles {
		ranked = ranked[:in.MaxReviewFiles]
	}
	for _, r := range ranked {
		b, err := fs.ReadFile(in.Source, r.Path)
		if err != nil {
			continue
		}
		size := len(b)
		for size > 0 {
			chunk := min(size, reviewChunkLines*80)
			review = append(review, chunk)
			size -= chunk
		}
		for range 3 {
			recheck = append(recheck, window(r.Path, 6*contextLines+1))
		}
	}
	add(review, TierStrong, true)
	add(recheck, TierStrong, false)
	extraFixes := make([]int, max(0, in.MaxFixes-len(fixes)))
	for i := range extraFixes {
		extraFixes[i] = 4 * contextLines * 80
	}
	add(extraFixes, TierStrong, false)
	add([]int{4096}, TierFast, true)
	return minUSD, maxUSD
}
