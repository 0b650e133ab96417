package repositories

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"vigil/modules/repositories/internal/github"
	"vigil/modules/repositories/internal/review"
	"vigil/modules/repositories/internal/store"
	"vigil/platform/errs"
)

// Comment events whose "@vigil" commands Vigil answers.
const (
	eventReviewComment = "pull_request_review_comment"
	eventIssueComment  = "issue_comment"
)

// maxCommandBody bounds the comment text a job carries (a triage reason
// may hold 2,000 characters; longer ones are refused with a reply).
const maxCommandBody = 4000

// TriageDecision is a triage decision made from a pull request, recorded
// by the analysis module's own triage use case.
type TriageDecision struct {
	WorkspaceID string
	// ActorID is the Vigil user the decision is recorded for: the member
	// who connected the repository (the GitHub login is in Reason).
	ActorID   string
	FindingID string
	// State is false_positive or accepted_risk.
	State  string
	Reason string
}

// Triager records triage decisions (the analysis service, through
// main.go's adapter): validated, audited and applied to the fingerprint in
// the repository's project like a decision made in the web app.
type Triager interface {
	TriageFinding(ctx context.Context, d TriageDecision) error
}

// command is a parsed "@vigil <verb> [reason]" comment.
type command struct {
	Verb   string // ignore, false-positive, accept-risk, explain, or what was written
	State  string // the triage state for a triage verb
	Reason string
}

// commandStates maps the triage verbs to triage states: "ignore" records
// an accepted risk (the team chose not to act), not a claim that the
// finding is wrong.
var commandStates = map[string]string{
	"ignore":         "accepted_risk",
	"accept-risk":    "accepted_risk",
	"false-positive": "false_positive",
}

// parseCommand reads a comment that starts with "@vigil": the verb is the
// next word, the reason everything after it. false when the comment is
// not addressed to Vigil.
func parseCommand(body string) (command, bool) {
	body = strings.TrimSpace(body)
	rest, ok := cutPrefixFold(body, "@vigil")
	if !ok || (rest != "" && !strings.ContainsAny(rest[:1], " \t\r\n")) {
		return command{}, false
	}
	rest = strings.TrimSpace(rest)
	verb, reason, _ := strings.Cut(rest, " ")
	if i := strings.IndexAny(verb, "\r\n\t"); i >= 0 {
		verb, reason = verb[:i], verb[i:]+" "+reason
	}
	c := command{Verb: strings.ToLower(verb), Reason: strings.TrimSpace(reason)}
	c.State = commandStates[c.Verb]
	return c, true
}

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// replyMarker tags Vigil's answer to comment id, so a redelivered or
// retried command is never answered twice.
func replyMarker(commentID int64) string { return fmt.Sprintf("<!-- vigil:reply=%d -->", commentID) }

// handleCommand answers one "@vigil" comment. A triage verb needs write
// access to the repository (asked of GitHub for the comment's author);
// the decision is recorded for the finding the replied-to Vigil comment
// names, in each workspace watching the repository, and confirmed in the
// thread. Comments that do not reply to a Vigil review comment get a
// short hint (on the conversation) or nothing (in someone else's thread).
func (s *Service) handleCommand(ctx context.Context, a GitHubEventArgs) error {
	g, err := s.githubOn()
	if err != nil {
		return nil
	}
	cmd, ok := parseCommand(a.Body)
	if !ok {
		return nil
	}
	reps, err := s.store.Watching(ctx, a.InstallationID, a.RepositoryID)
	if err != nil || len(reps) == 0 {
		return err
	}
	full := reps[0].FullName
	if a.Event == eventIssueComment {
		return s.answerConversation(ctx, g, a, full)
	}
	comments, err := g.app.ReviewComments(ctx, a.InstallationID, full, a.PRNumber)
	if err != nil {
		return fmt.Errorf("repositories: review comments: %w", err)
	}
	root := a.InReplyToID
	var fp string
	for _, c := range comments {
		if c.InReplyToID == root && strings.Contains(c.Body, replyMarker(a.CommentID)) {
			return nil // answered already (a redelivery or a retry)
		}
		if c.ID == root && isApp(c.User, g.slug) {
			for f := range review.Posted([]string{c.Body}) {
				fp = f
			}
		}
	}
	if root == 0 || fp == "" {
		return nil // not a reply to one of Vigil's review comments
	}
	reply := func(text string) error {
		err := g.app.ReplyToReviewComment(ctx, a.InstallationID, full, a.PRNumber, root, text+"\n\n"+replyMarker(a.CommentID))
		if err != nil {
			return fmt.Errorf("repositories: reply: %w", err)
		}
		return nil
	}
	found, rep, err := s.findingOfPR(ctx, reps, a.PRNumber, fp)
	if err != nil {
		return err
	}
	switch {
	case cmd.Verb == "explain":
		if found == nil {
			return reply("I could not find this finding in Vigil's analyses of this pull request any more.")
		}
		return reply(explainText(found))
	case cmd.State == "":
		return reply("I understand `@vigil ignore <reason>`, `@vigil false-positive <reason>`, `@vigil accept-risk <reason>` and `@vigil explain`, as replies to one of my review comments.")
	}
	perm, err := g.app.CollaboratorPermission(ctx, a.InstallationID, full, a.Sender)
	if err != nil {
		return fmt.Errorf("repositories: collaborator permission: %w", err)
	}
	if !perm.CanWrite() {
		return reply(fmt.Sprintf("Sorry @%s, only collaborators with write access to this repository can triage findings from a pull request. A maintainer can, or you can ask a member of the Vigil workspace.", a.Sender))
	}
	if cmd.Reason == "" {
		return reply(fmt.Sprintf("Please say why: `@vigil %s <reason>`. Nothing was recorded.", cmd.Verb))
	}
	if found == nil {
		return reply("I could not find this finding in Vigil's analyses of this pull request any more; nothing was recorded.")
	}
	if s.d.Triage == nil {
		return reply("Triage from pull requests is not enabled on this Vigil instance; nothing was recorded.")
	}
	reason := fmt.Sprintf("%s (@%s on %s#%d)", cmd.Reason, a.Sender, full, a.PRNumber)
	for _, r := range s.reposWith(ctx, reps, a.PRNumber, fp, found, rep) {
		if r.finding.Triage == cmd.State {
			continue // recorded already (a retry after a failed reply)
		}
		err := s.d.Triage.TriageFinding(ctx, TriageDecision{WorkspaceID: r.rep.WorkspaceID, ActorID: r.rep.CreatedBy, FindingID: r.finding.ID,
			State: cmd.State, Reason: reason})
		if errs.KindOf(err) == errs.KindUnavailable {
			return err
		}
		if err != nil {
			s.log.WarnContext(ctx, "triage from a pull request refused", "repository_id", r.rep.ID, "error", err.Error())
			return reply("Vigil could not record this decision: " + publicMessage(err))
		}
	}
	label := map[string]string{"accepted_risk": "accepted risk", "false_positive": "false positive"}[cmd.State]
	return reply(fmt.Sprintf("Recorded as **%s** by @%s: %s\n\nVigil will stay quiet about `%s` in this repository's later scans and reviews (the decision is in Vigil's audit log).",
		label, a.Sender, quoteLine(cmd.Reason, 300), found.RuleID))
}

// answerConversation answers a command on the pull request's conversation,
// where no finding is named: a hint to reply in a finding's thread.
func (s *Service) answerConversation(ctx context.Context, g *gh, a GitHubEventArgs, full string) error {
	cs, err := g.app.IssueComments(ctx, a.InstallationID, full, a.PRNumber)
	if err != nil {
		return fmt.Errorf("repositories: issue comments: %w", err)
	}
	for _, c := range cs {
		if isApp(c.User, g.slug) && strings.Contains(c.Body, replyMarker(a.CommentID)) {
			return nil
		}
	}
	text := fmt.Sprintf("@%s, reply in the thread of one of my review comments so I know which finding you mean: `@vigil ignore <reason>`, `@vigil false-positive <reason>`, `@vigil accept-risk <reason>` or `@vigil explain`.", a.Sender)
	if err := g.app.CreateIssueComment(ctx, a.InstallationID, full, a.PRNumber, text+"\n\n"+replyMarker(a.CommentID)); err != nil {
		return fmt.Errorf("repositories: issue comment: %w", err)
	}
	return nil
}

// isApp reports whether u is the App itself (REST shows "slug[bot]").
func isApp(u github.User, slug string) bool {
	return u.Type == "Bot" && strings.EqualFold(strings.TrimSuffix(u.Login, "[bot]"), slug)
}

// findingOfPR finds fingerprint fp in the newest analysis of pull request
// pr that holds it, among the watching repositories.
func (s *Service) findingOfPR(ctx context.Context, reps []store.Repository, pr int, fp string) (*ResultFinding, *store.Repository, error) {
	for i := range reps {
		f, err := s.prFinding(ctx, &reps[i], pr, fp)
		if err != nil || f != nil {
			return f, &reps[i], err
		}
	}
	return nil, nil, nil
}

// maxScansLooked bounds how many recent scans a command looks through.
const maxScansLooked = 50

func (s *Service) prFinding(ctx context.Context, rep *store.Repository, pr int, fp string) (*ResultFinding, error) {
	scans, err := s.store.Scans(ctx, rep.WorkspaceID, rep.ID, maxScansLooked)
	if err != nil {
		return nil, err
	}
	for _, sc := range scans {
		if sc.Trigger != store.TriggerPullRequest || sc.PRNumber != pr || sc.AnalysisID == "" {
			continue
		}
		res, err := s.d.Results.Result(ctx, rep.WorkspaceID, sc.AnalysisID)
		if err != nil {
			if errs.KindOf(err) == errs.KindNotFound {
				continue
			}
			return nil, err
		}
		for i := range res.Findings {
			if res.Findings[i].Fingerprint == fp {
				return &res.Findings[i], nil
			}
		}
	}
	return nil, nil
}

type repFinding struct {
	rep     *store.Repository
	finding *ResultFinding
}

// reposWith returns each watching repository with its own finding for fp
// (one GitHub repository may be watched by several workspaces).
func (s *Service) reposWith(ctx context.Context, reps []store.Repository, pr int, fp string, first *ResultFinding, firstRep *store.Repository) []repFinding {
	out := []repFinding{{firstRep, first}}
	for i := range reps {
		if reps[i].ID == firstRep.ID {
			continue
		}
		if f, err := s.prFinding(ctx, &reps[i], pr, fp); err == nil && f != nil {
			out = append(out, repFinding{&reps[i], f})
		}
	}
	return out
}

// explainText is the answer to "@vigil explain": the finding, its trace
// in short and the AI explanation when there is one (quoted: it is
// generated text about the code, not Vigil's instructions).
func explainText(f *ResultFinding) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s** · %s · rule `%s`", strings.ToUpper(f.Severity), quoteLine(f.Title, 200), f.RuleID)
	if len(f.CWE) > 0 {
		fmt.Fprintf(&b, " · %s", strings.Join(f.CWE, ", "))
	}
	b.WriteString("\n\n")
	if f.Message != "" {
		b.WriteString(quoteLine(f.Message, 500) + "\n\n")
	}
	if len(f.Trace) > 0 {
		hops := make([]string, 0, len(f.Trace))
		for _, st := range f.Trace {
			hops = append(hops, fmt.Sprintf("`%s:%d`", st.Path, st.Line))
		}
		if len(hops) > 6 {
			hops = append(hops[:3], append([]string{"…"}, hops[len(hops)-2:]...)...)
		}
		b.WriteString("Trace: " + strings.Join(hops, " → ") + "\n\n")
	} else {
		fmt.Fprintf(&b, "Location: `%s:%d`\n\n", f.Path, f.StartLine)
	}
	if e := strings.TrimSpace(f.Explanation); e != "" {
		if len(e) > 3000 {
			e = truncate(e, 3000) + "…"
		}
		e = strings.ReplaceAll(e, "<!--", "< !--")
		b.WriteString("AI explanation:\n\n> " + strings.ReplaceAll(e, "\n", "\n> "))
	} else {
		b.WriteString("No AI explanation exists for this finding (the analysis ran without the AI tier).")
	}
	return b.String()
}

// quoteLine keeps user or code-derived text on one bounded line without
// markup that could pass for Vigil's markers.
func quoteLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	s = strings.ReplaceAll(s, "<!--", "< !--")
	if len(s) > n {
		s = truncate(s, n) + "…"
	}
	return s
}

// truncate cuts s to at most n bytes without splitting a UTF-8 sequence.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
