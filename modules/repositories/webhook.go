package repositories

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"

	"github.com/labstack/echo/v4"

	"vigil/modules/repositories/internal/store"
	"vigil/platform/errs"
	"vigil/platform/jobs"
)

// maxWebhookBody bounds a GitHub delivery (GitHub caps payloads at 25 MB;
// the events Vigil acts on are far smaller).
const maxWebhookBody = 25 << 20

// pullRequestActions are the pull_request actions that start a scan.
var pullRequestActions = []string{"opened", "synchronize", "reopened", "ready_for_review"}

// GitHubEventArgs is the durable job for one accepted delivery: only the
// fields acted on, so the job row stays small.
type GitHubEventArgs struct {
	DeliveryID     string `json:"delivery_id"`
	Event          string `json:"event"`
	Action         string `json:"action,omitempty"`
	InstallationID int64  `json:"installation_id"`
	RepositoryID   int64  `json:"repository_id"`
	// Ref is the pushed ref (refs/heads/main) or the PR's head branch.
	Ref string `json:"ref"`
	// SHA is the commit to scan: the push's after, or the PR's head.
	SHA           string `json:"sha"`
	DefaultBranch string `json:"default_branch"`
	PRNumber      int    `json:"pr_number,omitempty"`
	Draft         bool   `json:"draft,omitempty"`
	Sender        string `json:"sender,omitempty"`
	// Fork is true when the PR's head lives in another repository.
	Fork bool `json:"fork,omitempty"`
	// CommentID, InReplyToID and Body are a "@vigil" comment's (events
	// pull_request_review_comment and issue_comment); Sender is its author.
	CommentID   int64  `json:"comment_id,omitempty"`
	InReplyToID int64  `json:"in_reply_to_id,omitempty"`
	Body        string `json:"body,omitempty"`
}

// Kind implements jobs.Args.
func (GitHubEventArgs) Kind() string { return "repositories_github_event" }

// Enqueuer stores a durable job (jobs.Runner satisfies it).
type Enqueuer interface {
	Enqueue(ctx context.Context, args jobs.Args, opts ...jobs.Option) error
}

// Jobs registers the module's workers.
func (s *Service) Jobs(r *jobs.Runner) error {
	if err := jobs.Register(r, func(ctx context.Context, j jobs.Job[GitHubEventArgs]) error {
		return s.HandleGitHubEvent(ctx, j.Args)
	}); err != nil {
		return err
	}
	if err := jobs.Register(r, func(ctx context.Context, j jobs.Job[PRReviewArgs]) error {
		return s.ReviewPullRequest(ctx, j.Args)
	}); err != nil {
		return err
	}
	if err := jobs.Register(r, func(ctx context.Context, j jobs.Job[PushCheckArgs]) error {
		return s.CompletePushCheck(ctx, j.Args)
	}); err != nil {
		return err
	}
	if err := jobs.Register(r, func(ctx context.Context, j jobs.Job[SARIFUploadArgs]) error {
		return s.UploadSARIF(ctx, j.Args)
	}); err != nil {
		return err
	}
	if err := jobs.Register(r, func(ctx context.Context, _ jobs.Job[ScheduleArgs]) error {
		return s.RunSchedules(ctx)
	}); err != nil {
		return err
	}
	return r.Periodic(scheduleEvery, ScheduleArgs{}, false)
}

// payload is the part of a push or pull_request delivery Vigil reads.
type payload struct {
	Action       string `json:"action"`
	Ref          string `json:"ref"`
	After        string `json:"after"`
	Deleted      bool   `json:"deleted"`
	Installation struct {
		ID int64 `json:"id"`
	} `json:"installation"`
	Repository struct {
		ID            int64  `json:"id"`
		DefaultBranch string `json:"default_branch"`
	} `json:"repository"`
	Sender struct {
		Login string `json:"login"`
	} `json:"sender"`
	Comment *struct {
		ID          int64  `json:"id"`
		InReplyToID int64  `json:"in_reply_to_id"`
		Body        string `json:"body"`
		User        struct {
			Login string `json:"login"`
			Type  string `json:"type"`
		} `json:"user"`
	} `json:"comment"`
	Issue *struct {
		Number      int       `json:"number"`
		PullRequest *struct{} `json:"pull_request"`
	} `json:"issue"`
	PullRequest *struct {
		Number int  `json:"number"`
		Draft  bool `json:"draft"`
		Head   struct {
			Ref  string `json:"ref"`
			SHA  string `json:"sha"`
			Repo *struct {
				ID int64 `json:"id"`
			} `json:"repo"`
		} `json:"head"`
	} `json:"pull_request"`
}

// VerifySignature checks X-Hub-Signature-256 (HMAC-SHA256 of the body
// with the webhook secret) in constant time. There is no SHA-1 fallback.
func VerifySignature(secret []byte, body []byte, header string) bool {
	hexSig, ok := strings.CutPrefix(header, "sha256=")
	if !ok || len(secret) == 0 {
		return false
	}
	got, err := hex.DecodeString(hexSig)
	if err != nil {
		return false
	}
	mac := hmac.New(sha256.New, secret)
	mac.Write(body)
	return hmac.Equal(got, mac.Sum(nil))
}

// WebhookAnswer is the answer to a GitHub delivery.
type WebhookAnswer struct {
	Status string `json:"status"` // queued, duplicate, ignored
}

// handleGitHubWebhook verifies and records a delivery and enqueues its
// work; the work (fetch, scan, review) happens in a job, so GitHub gets
// its answer at once.
func (s *Service) handleGitHubWebhook(c echo.Context) error {
	g, err := s.githubOn()
	if err != nil {
		return err
	}
	req := c.Request()
	body, err := io.ReadAll(io.LimitReader(req.Body, maxWebhookBody+1))
	if err != nil {
		return errs.Wrap(errs.KindBadRequest, err, "could not read the delivery")
	}
	if len(body) > maxWebhookBody {
		return errs.New(errs.KindTooLarge, "delivery larger than %d bytes", maxWebhookBody)
	}
	if !VerifySignature(g.secret, body, req.Header.Get("X-Hub-Signature-256")) {
		s.log.Warn("refused a GitHub delivery with a missing or wrong X-Hub-Signature-256", "ip", c.RealIP())
		return errs.New(errs.KindUnauthorized, "the delivery's X-Hub-Signature-256 is missing or wrong")
	}
	delivery := req.Header.Get("X-GitHub-Delivery")
	event := req.Header.Get("X-GitHub-Event")
	if delivery == "" || len(delivery) > 100 || event == "" {
		return errs.New(errs.KindBadRequest, "X-GitHub-Delivery and X-GitHub-Event are required")
	}
	args, ok := s.eventArgs(event, body)
	if !ok {
		return c.JSON(http.StatusAccepted, WebhookAnswer{Status: "ignored"})
	}
	args.DeliveryID = delivery
	err = s.d.DB.WithTx(req.Context(), func(ctx context.Context) error {
		if err := s.store.RecordDelivery(ctx, &store.Delivery{DeliveryID: delivery, Event: event, ReceivedAt: s.d.Now().UTC()}); err != nil {
			return err
		}
		if args.CommentID != 0 {
			// A command is claimed once, whatever delivery carries it: a
			// replay under a new delivery id is a duplicate too.
			claim := fmt.Sprintf("comment:%s:%d", event, args.CommentID)
			if err := s.store.RecordDelivery(ctx, &store.Delivery{DeliveryID: claim, Event: event, ReceivedAt: s.d.Now().UTC()}); err != nil {
				return err
			}
		}
		return s.d.Jobs.Enqueue(ctx, args, jobs.MaxAttempts(5))
	})
	if errors.Is(err, store.ErrDuplicate) {
		return c.JSON(http.StatusOK, WebhookAnswer{Status: "duplicate"})
	}
	if err != nil {
		return err
	}
	return c.JSON(http.StatusAccepted, WebhookAnswer{Status: "queued"})
}

// eventArgs reads the fields of a push or pull_request delivery that may
// start a scan, or of a new pull request comment addressed to "@vigil"
// by a person; false for every other event or action (acknowledged and
// ignored).
func (s *Service) eventArgs(event string, body []byte) (GitHubEventArgs, bool) {
	if event == eventReviewComment || event == eventIssueComment {
		return s.commentArgs(event, body)
	}
	if event != "push" && event != "pull_request" {
		return GitHubEventArgs{}, false
	}
	var p payload
	if json.Unmarshal(body, &p) != nil || p.Installation.ID == 0 || p.Repository.ID == 0 {
		return GitHubEventArgs{}, false
	}
	a := GitHubEventArgs{Event: event, Action: p.Action, InstallationID: p.Installation.ID, RepositoryID: p.Repository.ID,
		DefaultBranch: p.Repository.DefaultBranch, Sender: p.Sender.Login}
	switch event {
	case "push":
		if p.Deleted || p.Ref != "refs/heads/"+p.Repository.DefaultBranch || !isSHA(p.After) {
			return GitHubEventArgs{}, false
		}
		a.Ref, a.SHA = p.Ref, p.After
	case "pull_request":
		if p.PullRequest == nil || !slices.Contains(pullRequestActions, p.Action) || p.PullRequest.Draft || !isSHA(p.PullRequest.Head.SHA) {
			return GitHubEventArgs{}, false
		}
		a.Ref, a.SHA, a.PRNumber = p.PullRequest.Head.Ref, p.PullRequest.Head.SHA, p.PullRequest.Number
		a.Fork = p.PullRequest.Head.Repo == nil || p.PullRequest.Head.Repo.ID != p.Repository.ID
	}
	return a, true
}

// commentArgs reads a created comment on a pull request that starts with
// "@vigil". Comments by bots, the App itself included, are ignored: Vigil
// never answers itself.
func (s *Service) commentArgs(event string, body []byte) (GitHubEventArgs, bool) {
	var p payload
	if json.Unmarshal(body, &p) != nil || p.Action != "created" || p.Comment == nil || p.Installation.ID == 0 || p.Repository.ID == 0 {
		return GitHubEventArgs{}, false
	}
	c := p.Comment
	if c.User.Type == "Bot" || (s.gh != nil && strings.EqualFold(c.User.Login, s.gh.slug+"[bot]")) || c.User.Login == "" {
		return GitHubEventArgs{}, false
	}
	if _, ok := parseCommand(c.Body); !ok {
		return GitHubEventArgs{}, false
	}
	a := GitHubEventArgs{Event: event, Action: p.Action, InstallationID: p.Installation.ID, RepositoryID: p.Repository.ID,
		Sender: c.User.Login, CommentID: c.ID, InReplyToID: c.InReplyToID, Body: c.Body}
	switch {
	case event == eventReviewComment && p.PullRequest != nil:
		a.PRNumber = p.PullRequest.Number
	case event == eventIssueComment && p.Issue != nil && p.Issue.PullRequest != nil:
		a.PRNumber = p.Issue.Number
	default:
		return GitHubEventArgs{}, false // a comment on an issue, not a pull request
	}
	a.Body = truncate(a.Body, maxCommandBody)
	return a, a.PRNumber > 0 && a.CommentID > 0
}

func isSHA(s string) bool {
	if len(s) != 40 || s == strings.Repeat("0", 40) {
		return false
	}
	_, err := hex.DecodeString(s)
	return err == nil
}

// HandleGitHubEvent does a delivery's work: each watched repository of
// that installation and GitHub repository (an unknown one is ignored) is
// scanned at the pushed or proposed commit, on behalf of its workspace.
// A fork's pull request is scanned the same way: its commit is fetched
// through the base repository with the App's token, which nothing the
// fork controls ever sees.
func (s *Service) HandleGitHubEvent(ctx context.Context, a GitHubEventArgs) error {
	if a.Event == eventReviewComment || a.Event == eventIssueComment {
		return s.handleCommand(ctx, a)
	}
	reps, err := s.store.Watching(ctx, a.InstallationID, a.RepositoryID)
	if err != nil {
		return err
	}
	trigger, label := store.TriggerPush, strings.TrimPrefix(a.Ref, "refs/heads/")
	if a.Event == "pull_request" {
		trigger = store.TriggerPullRequest
	}
	for i := range reps {
		rep := &reps[i]
		st, err := s.scanCommit(ctx, rep, a.SHA, label, trigger, a.PRNumber, a.Sender, func(src Source) (Started, error) {
			return s.d.Analyses.StartFor(ctx, rep.WorkspaceID, rep.CreatedBy, src)
		})
		if err == nil && trigger == store.TriggerPullRequest {
			if err := s.enqueueReview(ctx, rep, st.ID, a.PRNumber, a.SHA); err != nil {
				return err
			}
			continue
		}
		if err == nil && trigger == store.TriggerPush {
			s.startPushCheck(ctx, rep, st, a.SHA)
			if err := s.enqueueSARIF(ctx, rep, st, a.Ref); err != nil {
				return err
			}
			continue
		}
		if err != nil && errs.KindOf(err) != errs.KindUnavailable {
			s.checkRefused(ctx, rep, a.SHA, err)
		}
		if err != nil {
			// Recorded in the scan history; a retry would only repeat
			// the same refusal (credits, size), except when GitHub failed.
			if errs.KindOf(err) == errs.KindUnavailable {
				return err
			}
			s.log.WarnContext(ctx, "github event: scan not started", "repository_id", rep.ID, "delivery", a.DeliveryID, "error", err.Error())
		}
	}
	return nil
}
