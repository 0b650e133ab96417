package repositories

import (
	"context"
	"fmt"
	"strings"
	"time"

	"vigil/modules/repositories/internal/github"
	"vigil/modules/repositories/internal/review"
	"vigil/modules/repositories/internal/store"
	"vigil/platform/errs"
	"vigil/platform/jobs"
)

// Result is an analysis as a review needs it: its status (queued,
// running, completed, failed, canceled) and, once completed, its findings.
type Result struct {
	Status   string
	Findings []ResultFinding
}

// ResultFinding is one finding of a Result.
type ResultFinding struct {
	// ID is the finding's id in its analysis (what triage names).
	ID          string
	Fingerprint string
	RuleID      string
	Title       string
	Message     string
	Severity    string
	CWE         []string
	Path        string
	StartLine   int
	EndLine     int
	Trace       []TraceStep
	// Fix is the AI fix as a unified diff, if any.
	Fix string
	// Explanation is the AI explanation, if any.
	Explanation string
	// Triage is open, false_positive, accepted_risk or fixed.
	Triage string
}

// TraceStep is one hop of a finding's data flow.
type TraceStep struct {
	Path string
	Line int
}

// Results reads analyses for configured work (the analysis service's
// ResultFor, through main.go's adapter).
type Results interface {
	Result(ctx context.Context, workspaceID, analysisID string) (Result, error)
}

// CheckRunName is the check run's name on GitHub.
const CheckRunName = "Vigil"

// defaultReviewPoll is how often a review (or a push check, or a SARIF
// upload) looks at its analysis again unless GitHubDeps.ReviewPoll says;
// reviewWait bounds the wait.
const (
	defaultReviewPoll = time.Second
	reviewWait        = 2 * time.Hour
)

// reviewPoll is how long a GitHub job waits before its next step.
func (s *Service) reviewPoll() time.Duration {
	if s.d.GitHub != nil && s.d.GitHub.ReviewPoll > 0 {
		return s.d.GitHub.ReviewPoll
	}
	return defaultReviewPoll
}

// PRReviewArgs is the durable job that reviews a pull request once the
// analysis of its head finished.
type PRReviewArgs struct {
	RepositoryID string `json:"repository_id"`
	WorkspaceID  string `json:"workspace_id"`
	AnalysisID   string `json:"analysis_id"`
	PRNumber     int    `json:"pr_number"`
	SHA          string `json:"sha"`
	// Until is when to give up waiting for the analysis (Unix seconds).
	Until int64 `json:"until"`
}

// Kind implements jobs.Args.
func (PRReviewArgs) Kind() string { return "repositories_pr_review" }

// enqueueReview schedules the review of a started PR scan.
func (s *Service) enqueueReview(ctx context.Context, rep *store.Repository, analysisID string, pr int, sha string) error {
	return s.d.Jobs.Enqueue(ctx, PRReviewArgs{RepositoryID: rep.ID, WorkspaceID: rep.WorkspaceID, AnalysisID: analysisID,
		PRNumber: pr, SHA: sha, Until: s.d.Now().Add(reviewWait).Unix()}, jobs.At(s.d.Now().Add(s.reviewPoll())), jobs.MaxAttempts(5))
}

// ReviewPullRequest posts the review of one pull request push: comments
// for findings new on its changed lines (none posted before), a summary of
// those it makes reachable, and a check run whose conclusion follows the
// repository's threshold. While the analysis runs it checks again later.
func (s *Service) ReviewPullRequest(ctx context.Context, a PRReviewArgs) error {
	g, err := s.githubOn()
	if err != nil {
		return nil // the App was turned off since: nothing to post to
	}
	rep, err := s.store.Get(ctx, a.WorkspaceID, a.RepositoryID)
	if err != nil {
		return nil // disconnected since
	}
	res, err := s.d.Results.Result(ctx, a.WorkspaceID, a.AnalysisID)
	if err != nil {
		return err
	}
	switch res.Status {
	case "queued", "running":
		if s.d.Now().Unix() > a.Until {
			return s.postCheck(ctx, g, rep, a.SHA, "neutral", "Vigil did not finish in time", "The analysis did not finish within the review window.")
		}
		return s.d.Jobs.Enqueue(ctx, a, jobs.At(s.d.Now().Add(s.reviewPoll())), jobs.MaxAttempts(5))
	case "completed":
	default:
		return s.postCheck(ctx, g, rep, a.SHA, "neutral", "Vigil could not analyse this push", "The analysis ended "+res.Status+"; nothing was reviewed.")
	}
	files, err := g.app.PullFiles(ctx, rep.InstallationID, rep.FullName, a.PRNumber)
	if err != nil {
		return fmt.Errorf("repositories: pull files: %w", err)
	}
	comments, err := g.app.ReviewComments(ctx, rep.InstallationID, rep.FullName, a.PRNumber)
	if err != nil {
		return fmt.Errorf("repositories: review comments: %w", err)
	}
	bodies := make([]string, 0, len(comments))
	for _, c := range comments {
		bodies = append(bodies, c.Body)
	}
	rfiles := make([]review.File, 0, len(files))
	for _, f := range files {
		rfiles = append(rfiles, review.File{Path: f.Filename, Status: f.Status, Patch: f.Patch})
	}
	threshold := rep.ReviewThreshold
	if threshold == "" {
		threshold = "high"
	}
	plan := review.Build(rfiles, reviewFindings(res.Findings), review.Posted(bodies), threshold)
	summary := review.Summary(plan, threshold)
	if len(plan.Comments) > 0 || len(plan.Summarised) > 0 {
		rv := github.Review{CommitID: a.SHA, Event: "COMMENT", Body: "### Vigil security review\n\n" + summary, Comments: []github.DraftComment{}}
		for _, c := range plan.Comments {
			dc := github.DraftComment{Path: c.Path, Line: c.Line, Side: "RIGHT", Body: c.Body}
			if c.StartLine > 0 {
				dc.StartLine, dc.StartSide = c.StartLine, "RIGHT"
			}
			rv.Comments = append(rv.Comments, dc)
		}
		if err := g.app.CreateReview(ctx, rep.InstallationID, rep.FullName, a.PRNumber, rv); err != nil {
			return fmt.Errorf("repositories: review: %w", err)
		}
	}
	// Converging: threads of findings this push fixed are resolved. A
	// failure here is logged, not retried: the review and check run
	// matter more, and the next push tries again.
	if n, err := s.resolveFixed(ctx, g, rep, a.PRNumber, a.SHA, res.Findings); err != nil {
		s.log.WarnContext(ctx, "resolve fixed review threads", "repository_id", rep.ID, "pr", a.PRNumber, "resolved", n, "error", err.Error())
	}
	title := "No new findings on changed lines"
	if n := len(plan.Comments) + plan.AlreadyPosted; n > 0 {
		title = fmt.Sprintf("%s on changed lines, %d at or above %s", findings(n, "new"), plan.Blocking, threshold)
	}
	return s.postCheckWith(ctx, g, rep, a.SHA, plan.Conclusion, title, summary, annotations(plan))
}

// reviewFindings converts a result's findings for the planner.
func reviewFindings(fs []ResultFinding) []review.Finding {
	out := make([]review.Finding, 0, len(fs))
	for _, f := range fs {
		rf := review.Finding{Fingerprint: f.Fingerprint, RuleID: f.RuleID, Title: f.Title, Message: f.Message, Severity: f.Severity,
			CWE: f.CWE, Path: f.Path, StartLine: f.StartLine, EndLine: f.EndLine, Fix: f.Fix,
			Dismissed: f.Triage == "false_positive" || f.Triage == "accepted_risk"}
		for _, s := range f.Trace {
			rf.Trace = append(rf.Trace, review.Step{Path: s.Path, Line: s.Line})
		}
		out = append(out, rf)
	}
	return out
}

// annotations are the check run's annotations (GitHub takes 50 a call).
func annotations(p review.Plan) []github.Annotation {
	var out []github.Annotation
	for _, c := range p.Comments {
		if len(out) == 50 {
			break
		}
		level := "warning"
		if c.Severity == "critical" || c.Severity == "high" {
			level = "failure"
		}
		start := c.Line
		if c.StartLine > 0 {
			start = c.StartLine
		}
		title, _, _ := strings.Cut(strings.TrimPrefix(c.Body, "**"), "\n")
		out = append(out, github.Annotation{Path: c.Path, StartLine: start, EndLine: c.Line, AnnotationLevel: level,
			Title: strings.ReplaceAll(title, "**", ""), Message: "See the review comment."})
	}
	return out
}

func (s *Service) postCheck(ctx context.Context, g *gh, rep *store.Repository, sha, conclusion, title, summary string) error {
	return s.postCheckWith(ctx, g, rep, sha, conclusion, title, summary, nil)
}

func (s *Service) postCheckWith(ctx context.Context, g *gh, rep *store.Repository, sha, conclusion, title, summary string, ann []github.Annotation) error {
	_, err := g.app.CreateCheckRun(ctx, rep.InstallationID, rep.FullName, github.CheckRun{Name: CheckRunName, HeadSHA: sha, Status: "completed",
		Conclusion: conclusion, Output: github.CheckOutput{Title: title, Summary: summary, Annotations: ann}})
	if err != nil {
		return fmt.Errorf("repositories: check run: %w", err)
	}
	return nil
}

// checkRefused posts a neutral check run saying why a push (to a pull
// request or the default branch) was not analysed (credits short,
// repository too large): nothing was charged.
func (s *Service) checkRefused(ctx context.Context, rep *store.Repository, sha string, err error) {
	g, gerr := s.githubOn()
	if gerr != nil {
		return
	}
	title := "Vigil did not analyse this push"
	if errs.KindOf(err) == errs.KindPaymentRequired {
		title = "Not enough credits to analyse this push"
	}
	if perr := s.postCheck(ctx, g, rep, sha, "neutral", title, publicMessage(err)+"\n\nNothing was charged."); perr != nil {
		s.log.WarnContext(ctx, "post refusal check run", "repository_id", rep.ID, "error", perr.Error())
	}
}
