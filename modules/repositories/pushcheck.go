package repositories

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"vigil/modules/repositories/internal/github"
	"vigil/modules/repositories/internal/review"
	"vigil/modules/repositories/internal/store"
	"vigil/platform/jobs"
)

// maxCheckAnnotations bounds a push check run's annotations (GitHub takes
// 50 a call; the rest are counted in the summary).
const maxCheckAnnotations = 500

// PushCheckArgs is the durable job that completes a default-branch push's
// check run once the push's analysis finished: the conclusion by the
// repository's threshold over the open findings, annotations on them.
type PushCheckArgs struct {
	RepositoryID string `json:"repository_id"`
	WorkspaceID  string `json:"workspace_id"`
	AnalysisID   string `json:"analysis_id"`
	SHA          string `json:"sha"`
	CheckRunID   int64  `json:"check_run_id"`
	// Until is when to give up waiting for the analysis (Unix seconds).
	Until int64 `json:"until"`
	// Sent counts the annotations already added, so a step that continues
	// after a failure does not add them twice.
	Sent int `json:"sent,omitempty"`
}

// Kind implements jobs.Args.
func (PushCheckArgs) Kind() string { return "repositories_push_check" }

// startPushCheck creates the in-progress check run of a started push scan
// and schedules its completion. A refusal by GitHub (the App without the
// checks permission) is logged, not retried: the scan itself went ahead,
// and retrying the delivery would scan (and charge) again.
func (s *Service) startPushCheck(ctx context.Context, rep *store.Repository, st *ScanStarted, sha string) {
	g, err := s.githubOn()
	if err != nil || s.d.Jobs == nil {
		return
	}
	cr := github.CheckRun{Name: CheckRunName, HeadSHA: sha, Status: "in_progress", StartedAt: s.d.Now().UTC().Format("2006-01-02T15:04:05Z"),
		ExternalID: st.ID, Output: github.CheckOutput{Title: "Analysing " + st.Ref,
			Summary: fmt.Sprintf("Vigil is analysing commit %s of %s (%s tier).", shortSHA(sha), st.Ref, rep.Tier)}}
	if g.baseURL != "" {
		cr.DetailsURL = g.baseURL + "/analyses/" + st.ID
	}
	id, err := g.app.CreateCheckRun(ctx, rep.InstallationID, rep.FullName, cr)
	if err != nil {
		s.log.WarnContext(ctx, "create push check run", "repository_id", rep.ID, "sha", sha, "error", err.Error())
		return
	}
	err = s.d.Jobs.Enqueue(ctx, PushCheckArgs{RepositoryID: rep.ID, WorkspaceID: rep.WorkspaceID, AnalysisID: st.ID, SHA: sha, CheckRunID: id,
		Until: s.d.Now().Add(reviewWait).Unix()}, jobs.At(s.d.Now().Add(s.reviewPoll())), jobs.MaxAttempts(5))
	if err != nil {
		s.log.ErrorContext(ctx, "schedule push check run", "repository_id", rep.ID, "check_run_id", id, "error", err.Error())
	}
}

// CompletePushCheck runs one step of a push check run: while the analysis
// runs it checks again later; then it completes the check run, neutral
// when the analysis did not complete, else failure when an open finding
// is at or above the repository's threshold and success otherwise, with
// an annotation per open finding (most severe first, 50 a call).
func (s *Service) CompletePushCheck(ctx context.Context, a PushCheckArgs) error {
	g, err := s.githubOn()
	if err != nil {
		return nil
	}
	rep, err := s.store.Get(ctx, a.WorkspaceID, a.RepositoryID)
	if err != nil {
		return nil // disconnected since
	}
	res, err := s.d.Results.Result(ctx, a.WorkspaceID, a.AnalysisID)
	if err != nil {
		return err
	}
	// progress says whether this step added annotations: a failure after
	// that continues in a new step from a.Sent instead of retrying this
	// one from the start (which would add them again).
	progress := false
	failed := func(err error) error {
		var ge *github.Error
		if errors.As(err, &ge) && ge.Status < 500 && ge.Status != 429 {
			s.log.WarnContext(ctx, "push check run refused", "repository_id", rep.ID, "check_run_id", a.CheckRunID, "error", err.Error())
			return nil // refused: a retry would be too
		}
		if !progress {
			return fmt.Errorf("repositories: check run: %w", err)
		}
		s.log.WarnContext(ctx, "push check run: continuing later", "repository_id", rep.ID, "check_run_id", a.CheckRunID, "sent", a.Sent, "error", err.Error())
		return s.d.Jobs.Enqueue(ctx, a, jobs.At(s.d.Now().Add(s.reviewPoll()*5)), jobs.MaxAttempts(5))
	}
	done := func(conclusion, title, summary string, ann []github.Annotation) error {
		out := &github.CheckOutput{Title: title, Summary: summary, Annotations: ann}
		err := g.app.UpdateCheckRun(ctx, rep.InstallationID, rep.FullName, a.CheckRunID, github.CheckRunUpdate{Status: "completed",
			Conclusion: conclusion, CompletedAt: s.d.Now().UTC().Format("2006-01-02T15:04:05Z"), Output: out})
		if err != nil {
			return failed(err)
		}
		return nil
	}
	switch res.Status {
	case "queued", "running":
		if s.d.Now().Unix() > a.Until {
			return done("neutral", "Vigil did not finish in time", "The analysis did not finish within the check window.", nil)
		}
		return s.d.Jobs.Enqueue(ctx, a, jobs.At(s.d.Now().Add(s.reviewPoll())), jobs.MaxAttempts(5))
	case "completed":
	default:
		return done("neutral", "Vigil could not analyse this push", "The analysis ended "+res.Status+"; nothing was checked.", nil)
	}
	threshold := rep.ReviewThreshold
	if threshold == "" {
		threshold = "high"
	}
	c := pushConclusion(res.Findings, threshold)
	title, summary := c.title(threshold), c.summary(threshold)
	// Every batch but the last adds annotations to the running check
	// run; the last completes it. Those a previous step sent are skipped.
	ann := c.Annotations[min(a.Sent, len(c.Annotations)):]
	for len(ann) > 50 {
		err := g.app.UpdateCheckRun(ctx, rep.InstallationID, rep.FullName, a.CheckRunID, github.CheckRunUpdate{
			Output: &github.CheckOutput{Title: title, Summary: summary, Annotations: ann[:50]}})
		if err != nil {
			return failed(err)
		}
		a.Sent += 50
		progress = true
		ann = ann[50:]
	}
	return done(c.Conclusion, title, summary, ann)
}

// checkResult is a push check run's outcome.
type checkResult struct {
	Conclusion string
	// Open counts open findings by severity; Blocking those at or above
	// the threshold.
	Open     map[string]int
	Total    int
	Blocking int
	// Annotations are the first maxCheckAnnotations open findings'.
	Annotations []github.Annotation
}

// pushConclusion decides a push check run from the analysis' findings
// (most severe first): dismissed and fixed ones do not count.
func pushConclusion(fs []ResultFinding, threshold string) checkResult {
	c := checkResult{Conclusion: "success", Open: map[string]int{}}
	for _, f := range fs {
		if f.Triage != "" && f.Triage != "open" {
			continue
		}
		c.Total++
		c.Open[strings.ToLower(f.Severity)]++
		blocking := review.AtLeast(f.Severity, threshold)
		if blocking {
			c.Blocking++
		}
		if f.Path == "" || len(c.Annotations) == maxCheckAnnotations {
			continue
		}
		level := "warning"
		switch {
		case blocking:
			level = "failure"
		case strings.EqualFold(f.Severity, "info"):
			level = "notice"
		}
		start := max(f.StartLine, 1)
		end := max(f.EndLine, start)
		msg := f.Message
		if msg == "" {
			msg = f.Title
		}
		if len(f.CWE) > 0 {
			msg += " (" + strings.Join(f.CWE, ", ") + ")"
		}
		c.Annotations = append(c.Annotations, github.Annotation{Path: f.Path, StartLine: start, EndLine: end, AnnotationLevel: level,
			Title: quoteLine(fmt.Sprintf("[%s] %s (%s)", strings.ToLower(f.Severity), f.Title, f.RuleID), 250), Message: quoteLine(msg, 4000)})
	}
	if c.Blocking > 0 {
		c.Conclusion = "failure"
	}
	return c
}

func (c checkResult) title(threshold string) string {
	if c.Total == 0 {
		return "No open findings"
	}
	return fmt.Sprintf("%s, %d at or above %s", findings(c.Total, "open"), c.Blocking, threshold)
}

// findings is "1 open finding" or "3 open findings" (kind is "open" or "new").
func findings(n int, kind string) string {
	if n == 1 {
		return "1 " + kind + " finding"
	}
	return fmt.Sprintf("%d %s findings", n, kind)
}

func (c checkResult) summary(threshold string) string {
	var b strings.Builder
	b.WriteString("### Vigil security check\n\n| Severity | Open |\n|---|---|\n")
	for _, sev := range review.Severities {
		fmt.Fprintf(&b, "| %s | %d |\n", sev, c.Open[sev])
	}
	fmt.Fprintf(&b, "\nThe check fails on an open finding at or above **%s** (the repository's threshold).", threshold)
	if len(c.Annotations) < c.Total {
		fmt.Fprintf(&b, " Annotated: %d of %d findings (findings without a file, and those past the first %d, are not annotated).", len(c.Annotations), c.Total, maxCheckAnnotations)
	}
	return b.String()
}

func shortSHA(sha string) string {
	if len(sha) > 12 {
		return sha[:12]
	}
	return sha
}
