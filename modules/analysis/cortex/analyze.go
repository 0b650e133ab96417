package cortex

import (
	"context"
	"io/fs"
	"sort"
	"sync"

	"vigil/modules/analysis/scanner"
)

// Input is one analysis handed to cortex.
type Input struct {
	// Source is the unpacked tree (os.DirFS of the worker's temp dir).
	Source fs.FS
	// Findings are the scanner's findings.
	Findings []scanner.Finding
	// Budget caps the spend of this analysis (NewBudget(quote max)).
	Budget *Budget
	// MaxReviewFiles is how many of the riskiest files get a deep review (default 5).
	MaxReviewFiles int
	// MaxFixes bounds fix generation (default 10), for findings at or above FixSeverity (default high).
	MaxFixes    int
	FixSeverity scanner.Severity
	// Workers bounds parallel triage calls (default 4; providers' own limits still apply).
	Workers int
	// Focus lists OWASP Top 10 ids ("A01") the user wants the review to
	// look at first: files with static findings in them rank higher, and
	// the review prompt names them.
	Focus []string
	// Secrets are the values the scanner's secret detectors and credential
	// rules matched in Source (scanner.SecretValues of the result's
	// SecretLocations). They are masked by value in every message sent to
	// a model, on top of the built-in patterns, and in the report's
	// answers, so a password the scanner found in one line does not reach
	// a provider from another line, a comment or a file it was copied to.
	Secrets []string
}

// Report is what cortex adds to an analysis.
type Report struct {
	Status Status `json:"status"`
	// Triage has one verdict per triaged static finding, by fingerprint.
	Triage []TriageResult `json:"triage"`
	// ReviewedFiles lists the files sent to deep review, riskiest first.
	ReviewedFiles []FileRisk `json:"reviewed_files"`
	// AIFindings are review findings that survived the citation check and
	// the adversarial re-check; Refuted are the ones the re-check disproved.
	AIFindings []scanner.Finding `json:"ai_findings"`
	Refuted    []RecheckResult   `json:"refuted,omitempty"`
	Rechecks   []RecheckResult   `json:"rechecks,omitempty"`
	// Dropped counts AI findings whose citations did not match the code.
	Dropped map[string]int `json:"dropped,omitempty"`
	Reviews []ReviewResult `json:"reviews,omitempty"`
	Fixes   []FixResult    `json:"fixes,omitempty"`
	Summary SummaryResult  `json:"summary"`
	// Unavailable counts items marked "AI unavailable" or refused by the budget.
	Unavailable int          `json:"unavailable"`
	Usage       Usage        `json:"usage"`
	Calls       []CallRecord `json:"calls"`
}

// Analyze runs the whole AI pass: triage of every static finding, deep
// review of the riskiest files, adversarial re-check of each AI finding,
// fixes for the serious ones, and the executive summary. It never returns
// an error for provider trouble: items carry their status instead, and with
// no provider configured the report says "AI review not configured".
func (s *Service) Analyze(ctx context.Context, in Input) *Report {
	if len(in.Secrets) == 0 {
		return s.analyze(ctx, in)
	}
	c, rd := s.withSecrets(in.Secrets)
	rep := c.analyze(ctx, in)
	redactReport(rep, rd)
	return rep
}

func (s *Service) analyze(ctx context.Context, in Input) *Report {
	rep := &Report{Status: s.Status()}
	if in.Budget == nil {
		in.Budget = NewBudget(0)
	}
	defer func() {
		rep.Usage = in.Budget.Usage()
		rep.Calls = in.Budget.Records()
	}()
	if !s.Configured() {
		return rep
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
	if in.Workers <= 0 {
		in.Workers = 4
	}
	count := func(a Attribution) {
		if a.Status == StatusUnavailable || a.Status == StatusBudgetExhausted {
			rep.Unavailable++
		}
	}

	// 1. Triage, in parallel; results keep the findings' order.
	var toTriage []scanner.Finding
	for _, f := range in.Findings {
		if f.Suppression == nil && f.Kind != scanner.KindDependency && f.Kind != scanner.KindAI {
			toTriage = append(toTriage, f)
		}
	}
	rep.Triage = make([]TriageResult, len(toTriage))
	var wg sync.WaitGroup
	sem := make(chan struct{}, in.Workers)
	for i, f := range toTriage {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			rep.Triage[i] = s.Triage(ctx, in.Budget, in.Source, f)
		}()
	}
	wg.Wait()
	falsePos := map[string]bool{}
	for _, t := range rep.Triage {
		count(t.Attribution)
		if t.Status == StatusOK && t.Verdict == VerdictFalsePositive {
			falsePos[t.Fingerprint] = true
		}
	}

	// 2. Deep review of the riskiest files, then 3. the adversarial re-check.
	ranked := focusFirst(RankFiles(in.Source, in.Findings), in.Findings, in.Focus)
	if len(ranked) > in.MaxReviewFiles {
		ranked = ranked[:in.MaxReviewFiles]
	}
	rep.ReviewedFiles = ranked
	for _, fr := range ranked {
		rv := s.review(ctx, in.Budget, in.Source, fr.Path, in.Findings, in.Focus)
		count(rv.Attribution)
		for reason, n := range rv.Dropped {
			if rep.Dropped == nil {
				rep.Dropped = map[string]int{}
			}
			rep.Dropped[reason] += n
		}
		rep.Reviews = append(rep.Reviews, rv)
		for _, f := range rv.Findings {
			rc := s.Recheck(ctx, in.Budget, in.Source, f)
			count(rc.Attribution)
			rep.Rechecks = append(rep.Rechecks, rc)
			switch {
			case rc.Status == StatusOK && rc.Confirmed:
				f.Extra["recheck_provider"], f.Extra["recheck_model"] = rc.Provider, rc.Model
				rep.AIFindings = append(rep.AIFindings, f)
			case rc.Status == StatusOK:
				rep.Refuted = append(rep.Refuted, rc)
			}
			// A re-check that could not run leaves the claim unverified:
			// it is not reported.
		}
	}

	// 4. Fixes for serious true positives and confirmed AI findings.
	var final []scanner.Finding
	for _, f := range in.Findings {
		if f.Suppression == nil && !falsePos[f.Fingerprint] {
			final = append(final, f)
		}
	}
	final = append(final, rep.AIFindings...)
	sort.SliceStable(final, func(i, j int) bool { return final[i].Severity.Rank() > final[j].Severity.Rank() })
	for _, f := range final {
		if len(rep.Fixes) >= in.MaxFixes {
			break
		}
		if f.Severity.Rank() < in.FixSeverity.Rank() || f.Kind == scanner.KindDependency || f.Kind == scanner.KindSecret {
			continue
		}
		fx := s.Fix(ctx, in.Budget, in.Source, f)
		count(fx.Attribution)
		rep.Fixes = append(rep.Fixes, fx)
	}

	// 5. Executive summary.
	rep.Summary = s.Summarize(ctx, in.Budget, final)
	count(rep.Summary.Attribution)
	return rep
}
