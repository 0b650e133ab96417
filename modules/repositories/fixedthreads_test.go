package repositories

import (
	"strings"
	"testing"

	"vigil/platform/database"
	"vigil/platform/dbtest"
)

func TestFixedThreadsResolved(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		cmdi := ResultFinding{ID: "f1", Fingerprint: "fp-cmdi", RuleID: "VGL-PY-CMDI-001", Title: "OS command injection", Severity: "high",
			Path: "app/views.py", StartLine: 4, EndLine: 4}
		evalF := ResultFinding{ID: "f2", Fingerprint: "fp-eval", RuleID: "VGL-PY-EVAL-001", Title: "eval of user input", Severity: "medium",
			Path: "app/views.py", StartLine: 5, EndLine: 5}
		dismissed := evalF
		dismissed.Triage = "false_positive"
		// At b the command injection is gone (fixed); eval is still there
		// but dismissed.
		x := newPRFixture(t, db, map[string]Result{
			"push-a": {Status: "completed", Findings: []ResultFinding{cmdi, evalF}},
			"push-b": {Status: "completed", Findings: []ResultFinding{dismissed}},
		})
		f := x.f
		cmdiRoot, evalRoot := x.vigilComment(t, "fp-cmdi"), x.vigilComment(t, "fp-eval")
		// A human thread quoting Vigil's marker is never touched.
		human := f.Reply("acme/api", 7, 0, "mona", "copied <!-- vigil:fp=fp-gone --> here")

		x.push(t, "pr-b", "synchronize", x.shaB, 2)
		replies, resolved := f.Thread("acme/api", 7, cmdiRoot)
		if !resolved || len(replies) != 1 || !strings.HasPrefix(replies[0], "Fixed in bbbbbbbbbbbb.") {
			t.Errorf("fixed thread: resolved %v replies %q; want resolved with one \"Fixed in bbbbbbbbbbbb.\"", resolved, replies)
		}
		if replies, resolved := f.Thread("acme/api", 7, evalRoot); resolved || len(replies) != 0 {
			t.Errorf("dismissed finding's thread: resolved %v replies %q; want untouched", resolved, replies)
		}
		if _, resolved := f.Thread("acme/api", 7, human); resolved {
			t.Error("a thread someone else started was resolved")
		}
		muts := f.CallsTo(`^POST /graphql$`)
		var resolves int
		for _, c := range muts {
			if strings.Contains(c.Body, "resolveReviewThread") {
				resolves++
				if !strings.Contains(c.Body, `"threadId":"PRRT_`+itoa(cmdiRoot)+`"`) {
					t.Errorf("resolve call = %s", c.Body)
				}
			}
			if !strings.HasPrefix(c.Auth, "token ghs_") {
				t.Errorf("graphql call authorised with %q", c.Auth)
			}
		}
		if resolves != 1 {
			t.Errorf("resolveReviewThread calls = %d, want 1", resolves)
		}

		// Another push with the same result: nothing new to resolve or say.
		x.push(t, "pr-b2", "synchronize", x.shaB, 3)
		if replies, _ := f.Thread("acme/api", 7, cmdiRoot); len(replies) != 1 {
			t.Errorf("replies after a second push = %q, want still one", replies)
		}
		resolves = 0
		for _, c := range f.CallsTo(`^POST /graphql$`) {
			if strings.Contains(c.Body, "resolveReviewThread") {
				resolves++
			}
		}
		if resolves != 1 {
			t.Errorf("resolveReviewThread calls after a second push = %d, want 1", resolves)
		}
	})
}
