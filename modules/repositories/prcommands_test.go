package repositories

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"vigil/modules/repositories/githubtest"
	"vigil/platform/database"
	"vigil/platform/dbtest"
)

// prFixture is a connected acme/api with pull request 7 reviewed once at
// shaA (one comment per finding of the "push-a" result).
type prFixture struct {
	h    *harness
	f    *githubtest.Fake
	shaA string
	shaB string
}

func (x *prFixture) waitFor(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s; calls: %+v", what, x.f.Calls())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// push delivers a pull_request event for sha and waits for its check run
// (the n-th).
func (x *prFixture) push(t *testing.T, delivery, action, sha string, n int) {
	t.Helper()
	body := prBody(action, 7, sha, false, 700)
	if status, ans, _ := x.h.deliver(t, "pull_request", delivery, sign("whsec", body), body); status != 202 {
		t.Fatalf("deliver %s: %d %s", delivery, status, ans)
	}
	x.waitFor(t, "check run "+delivery, func() bool { return len(x.f.CheckRuns()) >= n })
}

func newPRFixture(t *testing.T, db *database.DB, results map[string]Result) *prFixture {
	t.Helper()
	h, f := githubHarness(t, db)
	x := &prFixture{h: h, f: f, shaA: strings.Repeat("a", 40), shaB: strings.Repeat("b", 40)}
	src := "import os\ndef h(request):\n    cmd = request.args['c']\n    os.system(cmd)\n    eval(cmd)\n"
	f.Install(11, "acme", &githubtest.Repo{ID: 700, FullName: "acme/api", DefaultBranch: "main", Refs: map[string]githubtest.Tree{
		x.shaA: {Commit: x.shaA, Files: map[string]string{"app/views.py": src, "marker": "push-a"}},
		x.shaB: {Commit: x.shaB, Files: map[string]string{"app/views.py": src, "marker": "push-b"}},
	}})
	f.PullRequest("acme/api", 7, githubtest.File{Filename: "app/views.py", Status: "modified", Patch: prPatch})
	h.analyses.results = results
	admin := h.who("admin")
	state := startInstall(t, h, admin)
	if res := h.get(t, admin, setupPath("11", authorize(f, 11), state)); res.StatusCode != 302 {
		t.Fatalf("setup: %d", res.StatusCode)
	}
	if res, body := h.do(t, admin, "POST", "/api/v1/repositories", map[string]any{"url": "https://github.com/acme/api"}); res.StatusCode != 201 {
		t.Fatalf("connect: %d %s", res.StatusCode, body)
	}
	x.push(t, "pr-a", "opened", x.shaA, 1)
	return x
}

// vigilComment returns the id of Vigil's review comment naming fp.
func (x *prFixture) vigilComment(t *testing.T, fp string) int64 {
	t.Helper()
	for _, c := range x.f.Comments("acme/api", 7) {
		if c.InReplyToID == 0 && strings.Contains(c.Body, "vigil:fp="+fp+" ") {
			return c.ID
		}
	}
	t.Fatalf("no Vigil comment for %s in %+v", fp, x.f.Comments("acme/api", 7))
	return 0
}

// reviewCommentBody is a pull_request_review_comment "created" delivery
// in GitHub's shape.
func reviewCommentBody(id, inReplyTo int64, login, userType, text string) []byte {
	b, _ := json.Marshal(map[string]any{"action": "created", "installation": map[string]any{"id": 11},
		"repository": map[string]any{"id": 700, "full_name": "acme/api", "default_branch": "main"},
		"sender":     map[string]any{"login": login, "type": userType},
		"comment": map[string]any{"id": id, "in_reply_to_id": inReplyTo, "body": text, "path": "app/views.py", "line": 4, "side": "RIGHT",
			"user": map[string]any{"login": login, "type": userType}},
		"pull_request": map[string]any{"number": 7, "title": "Add handler", "head": map[string]any{"ref": "feature", "sha": strings.Repeat("a", 40)}}})
	return b
}

// comment posts text as login's reply to Vigil's comment root on GitHub
// and delivers the webhook GitHub would send.
func (x *prFixture) comment(t *testing.T, delivery string, root int64, login, text string) (int64, string) {
	t.Helper()
	id := x.f.Reply("acme/api", 7, root, login, text)
	body := reviewCommentBody(id, root, login, "User", text)
	_, ans, _ := x.h.deliver(t, "pull_request_review_comment", delivery, sign("whsec", body), body)
	return id, ans
}

// repliesTo returns Vigil's answers in thread root that carry comment
// id's reply marker.
func (x *prFixture) repliesTo(root, id int64) []string {
	replies, _ := x.f.Thread("acme/api", 7, root)
	var out []string
	for _, r := range replies {
		if strings.Contains(r, replyMarker(id)) {
			out = append(out, r)
		}
	}
	return out
}

func TestParseCommand(t *testing.T) {
	tests := []struct {
		in          string
		ok          bool
		verb, state string
		reason      string
	}{
		{"@vigil ignore test fixture only", true, "ignore", "accepted_risk", "test fixture only"},
		{"  @Vigil false-positive input is an int\nchecked in middleware", true, "false-positive", "false_positive", "input is an int\nchecked in middleware"},
		{"@vigil accept-risk", true, "accept-risk", "accepted_risk", ""},
		{"@vigil explain", true, "explain", "", ""},
		{"@vigil\nexplain please", true, "explain", "", "please"},
		{"@vigilant ignore x", false, "", "", ""},
		{"thanks @vigil ignore x", false, "", "", ""},
		{"@vigil dance", true, "dance", "", ""},
	}
	for _, tt := range tests {
		c, ok := parseCommand(tt.in)
		if ok != tt.ok || c.Verb != tt.verb || c.State != tt.state || c.Reason != tt.reason {
			t.Errorf("parseCommand(%q) = %+v %v; want %q %q %q %v", tt.in, c, ok, tt.verb, tt.state, tt.reason, tt.ok)
		}
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"abc", 5, "abc"},
		{"abcdef", 3, "abc"},
		{"héllo", 2, "h"}, // é is two bytes: never half of it
		{"héllo", 3, "hé"},
		{"日本", 4, "日"},
	}
	for _, tt := range tests {
		if got := truncate(tt.in, tt.n); got != tt.want || !utf8.ValidString(got) {
			t.Errorf("truncate(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

func TestTriageFromPullRequest(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		cmdi := ResultFinding{ID: "finding-cmdi", Fingerprint: "fp-cmdi", RuleID: "VGL-PY-CMDI-001", Title: "OS command injection", Severity: "high",
			CWE: []string{"CWE-78"}, Path: "app/views.py", StartLine: 4, EndLine: 4, Trace: []TraceStep{{"app/views.py", 3}, {"app/views.py", 4}},
			Explanation: "The request argument c reaches os.system unchanged.", Triage: "open"}
		x := newPRFixture(t, db, map[string]Result{"push-a": {Status: "completed", Findings: []ResultFinding{cmdi}}})
		h, f := x.h, x.f
		root := x.vigilComment(t, "fp-cmdi")
		f.SetPermission("acme/api", "mona", "write")
		f.SetPermission("acme/api", "rex", "read")

		// Someone who is not a collaborator: a polite refusal, no decision.
		eve, ans := x.comment(t, "c-1", root, "eve", "@vigil ignore not reachable")
		if !strings.Contains(ans, "queued") {
			t.Fatalf("command delivery answered %s", ans)
		}
		x.waitFor(t, "the refusal", func() bool { return len(x.repliesTo(root, eve)) == 1 })
		if r := x.repliesTo(root, eve)[0]; !strings.Contains(r, "Sorry @eve") || !strings.Contains(r, "write access") {
			t.Errorf("refusal = %q", r)
		}
		if len(f.CallsTo(`^GET /repos/acme/api/collaborators/eve/permission$`)) != 1 {
			t.Errorf("the permission of eve was not asked of GitHub once: %+v", f.CallsTo(`collaborators`))
		}
		// A read-only collaborator is refused the same way.
		rex, _ := x.comment(t, "c-2", root, "rex", "@vigil accept-risk internal tool")
		x.waitFor(t, "the second refusal", func() bool { return len(x.repliesTo(root, rex)) == 1 })
		if len(h.analyses.decisions()) != 0 {
			t.Fatalf("a decision was recorded for people without write access: %+v", h.analyses.decisions())
		}

		// A writer: the decision is recorded for the finding, on behalf of
		// the member who connected the repository, and confirmed.
		mona, _ := x.comment(t, "c-3", root, "mona", "@vigil false-positive c is an enum checked by the router")
		x.waitFor(t, "the confirmation", func() bool { return len(x.repliesTo(root, mona)) == 1 })
		ds := h.analyses.decisions()
		if len(ds) != 1 {
			t.Fatalf("decisions = %+v, want one", ds)
		}
		d := ds[0]
		if d.FindingID != "finding-cmdi" || d.State != "false_positive" || d.WorkspaceID != h.ws || d.ActorID != "0190f0f0-0000-7000-8000-000000000003" ||
			d.Reason != "c is an enum checked by the router (@mona on acme/api#7)" {
			t.Errorf("decision = %+v", d)
		}
		if r := x.repliesTo(root, mona)[0]; !strings.Contains(r, "Recorded as **false positive** by @mona") {
			t.Errorf("confirmation = %q", r)
		}
		replies := f.CallsTo(`^POST /repos/acme/api/pulls/7/comments/\d+/replies$`)
		for _, c := range replies {
			if c.Path != "/repos/acme/api/pulls/7/comments/"+itoa(root)+"/replies" || !strings.HasPrefix(c.Auth, "token ghs_") {
				t.Errorf("reply call %s with %q, want to the thread's first comment %d as the installation", c.Path, c.Auth, root)
			}
		}

		// GitHub redelivers the same delivery: acknowledged as a duplicate.
		body := reviewCommentBody(mona, root, "mona", "User", "@vigil false-positive c is an enum checked by the router")
		if status, ans, _ := h.deliver(t, "pull_request_review_comment", "c-3", sign("whsec", body), body); status != 200 || !strings.Contains(ans, "duplicate") {
			t.Errorf("redelivery = %d %s, want 200 duplicate", status, ans)
		}
		// The same comment under a new delivery id (a replay): claimed
		// already, so no second reply and no second decision.
		if status, ans, _ := h.deliver(t, "pull_request_review_comment", "c-3-replay", sign("whsec", body), body); status != 200 || !strings.Contains(ans, "duplicate") {
			t.Errorf("replay = %d %s, want 200 duplicate", status, ans)
		}
		// A retried job (its reply reached GitHub, the answer did not):
		// the reply marker stops a second answer, the recorded state a
		// second decision.
		retry := GitHubEventArgs{Event: eventReviewComment, Action: "created", InstallationID: 11, RepositoryID: 700, PRNumber: 7,
			Sender: "mona", CommentID: mona, InReplyToID: root, Body: "@vigil false-positive c is an enum checked by the router"}
		if err := h.svc.HandleGitHubEvent(context.Background(), retry); err != nil {
			t.Fatal(err)
		}
		// "@vigil explain" by anyone: the trace and the AI explanation.
		ex, _ := x.comment(t, "c-4", root, "rex", "@vigil explain")
		x.waitFor(t, "the explanation", func() bool { return len(x.repliesTo(root, ex)) == 1 })
		if n := len(x.repliesTo(root, mona)); n != 1 {
			t.Errorf("answers to the replayed command = %d, want 1", n)
		}
		if n := len(h.analyses.decisions()); n != 1 {
			t.Errorf("decisions after the replay = %d, want 1", n)
		}
		r := x.repliesTo(root, ex)[0]
		for _, w := range []string{"**HIGH**", "`VGL-PY-CMDI-001`", "CWE-78", "`app/views.py:3` → `app/views.py:4`", "> The request argument c reaches os.system unchanged."} {
			if !strings.Contains(r, w) {
				t.Errorf("explanation lacks %q:\n%s", w, r)
			}
		}

		// The App's own comments (and other bots') are never answered.
		own := reviewCommentBody(999, root, githubtest.BotLogin, "Bot", "@vigil ignore loop")
		if _, ans, _ := h.deliver(t, "pull_request_review_comment", "c-5", sign("whsec", own), own); !strings.Contains(ans, "ignored") {
			t.Errorf("the App's own comment = %s, want ignored", ans)
		}
		// A comment that is not addressed to Vigil is ignored at once.
		chat := reviewCommentBody(1000, root, "mona", "User", "looks good to me")
		if _, ans, _ := h.deliver(t, "pull_request_review_comment", "c-6", sign("whsec", chat), chat); !strings.Contains(ans, "ignored") {
			t.Errorf("a plain comment = %s, want ignored", ans)
		}

		// On the conversation, where no finding is named: a hint, once.
		conv, _ := json.Marshal(map[string]any{"action": "created", "installation": map[string]any{"id": 11},
			"repository": map[string]any{"id": 700, "full_name": "acme/api"},
			"issue":      map[string]any{"number": 7, "pull_request": map[string]any{"url": "https://api.github.com/repos/acme/api/pulls/7"}},
			"comment":    map[string]any{"id": 2000, "body": "@vigil ignore all of it", "user": map[string]any{"login": "mona", "type": "User"}}})
		h.deliver(t, "issue_comment", "c-7", sign("whsec", conv), conv)
		if _, ans, _ := h.deliver(t, "issue_comment", "c-7-replay", sign("whsec", conv), conv); !strings.Contains(ans, "duplicate") {
			t.Errorf("conversation replay = %s, want duplicate", ans)
		}
		x.waitFor(t, "the conversation hint", func() bool { return len(f.IssueComments("acme/api", 7)) >= 1 })
		waitJobsSettled(t, x.h.db)
		ics := f.IssueComments("acme/api", 7)
		if len(ics) != 1 || !strings.Contains(ics[0].Body, "reply in the thread") || !strings.Contains(ics[0].Body, replyMarker(2000)) {
			t.Errorf("conversation answers = %+v, want one hint", ics)
		}
		if n := len(h.analyses.decisions()); n != 1 {
			t.Errorf("decisions = %d after a conversation command, want still 1", n)
		}
	})
}

func itoa(n int64) string {
	b, _ := json.Marshal(n)
	return string(b)
}
