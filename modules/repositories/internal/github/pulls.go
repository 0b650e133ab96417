package github

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// repoPath is /repos/{owner}/{repo} for fullName.
func repoPath(fullName string) (string, error) {
	owner, repo, ok := strings.Cut(fullName, "/")
	if !ok || owner == "" || repo == "" || strings.Contains(repo, "/") {
		return "", fmt.Errorf("github: %q is not owner/repo", fullName)
	}
	return "/repos/" + url.PathEscape(owner) + "/" + url.PathEscape(repo), nil
}

// PullFile is one file a pull request changes; Patch is its unified diff
// (empty when GitHub leaves it out: binary or too large).
type PullFile struct {
	Filename string `json:"filename"`
	Status   string `json:"status"`
	Patch    string `json:"patch"`
}

// MaxPullFiles is how many files GitHub lists for a pull request.
const MaxPullFiles = 3000

// PullFiles lists the pull request's files (all pages, at most 3,000 as
// GitHub itself caps).
func (a *App) PullFiles(ctx context.Context, installationID int64, fullName string, number int) ([]PullFile, error) {
	rp, err := repoPath(fullName)
	if err != nil {
		return nil, err
	}
	var all []PullFile
	for page := 1; page <= MaxPullFiles/100; page++ {
		res, err := a.asInstallation(ctx, installationID, request{method: http.MethodGet, path: fmt.Sprintf("%s/pulls/%d/files?per_page=100&page=%d", rp, number, page)})
		if err != nil {
			return nil, err
		}
		var out []PullFile
		if err := decode(res, &out); err != nil {
			return nil, err
		}
		all = append(all, out...)
		if len(out) < 100 {
			break
		}
	}
	return all, nil
}

// ReviewComment is a pull request review comment; InReplyToID is the
// thread's first comment when this one is a reply.
type ReviewComment struct {
	ID          int64  `json:"id"`
	InReplyToID int64  `json:"in_reply_to_id,omitempty"`
	Body        string `json:"body"`
	Path        string `json:"path"`
	Line        int    `json:"line"`
	User        User   `json:"user"`
}

// User is the author of a comment.
type User struct {
	Login string `json:"login"`
	Type  string `json:"type"` // User, Bot, Organization
}

// ReviewComments lists the pull request's review comments (at most 3,000).
func (a *App) ReviewComments(ctx context.Context, installationID int64, fullName string, number int) ([]ReviewComment, error) {
	rp, err := repoPath(fullName)
	if err != nil {
		return nil, err
	}
	var all []ReviewComment
	for page := 1; page <= 30; page++ {
		res, err := a.asInstallation(ctx, installationID, request{method: http.MethodGet, path: fmt.Sprintf("%s/pulls/%d/comments?per_page=100&page=%d", rp, number, page)})
		if err != nil {
			return nil, err
		}
		var out []ReviewComment
		if err := decode(res, &out); err != nil {
			return nil, err
		}
		all = append(all, out...)
		if len(out) < 100 {
			break
		}
	}
	return all, nil
}

// DraftComment is one inline comment of a review: on line (and from
// start_line for a range) of the new side of path.
type DraftComment struct {
	Path      string `json:"path"`
	Line      int    `json:"line"`
	Side      string `json:"side"`
	StartLine int    `json:"start_line,omitempty"`
	StartSide string `json:"start_side,omitempty"`
	Body      string `json:"body"`
}

// Review is a pull request review to create.
type Review struct {
	CommitID string         `json:"commit_id"`
	Event    string         `json:"event"`
	Body     string         `json:"body"`
	Comments []DraftComment `json:"comments"`
}

// CreateReview posts one review with its comments.
func (a *App) CreateReview(ctx context.Context, installationID int64, fullName string, number int, r Review) error {
	rp, err := repoPath(fullName)
	if err != nil {
		return err
	}
	res, err := a.asInstallation(ctx, installationID, request{method: http.MethodPost, path: fmt.Sprintf("%s/pulls/%d/reviews", rp, number), body: r})
	if err != nil {
		return err
	}
	res.Body.Close()
	return nil
}

// Annotation is a check run annotation.
type Annotation struct {
	Path            string `json:"path"`
	StartLine       int    `json:"start_line"`
	EndLine         int    `json:"end_line"`
	AnnotationLevel string `json:"annotation_level"`
	Title           string `json:"title"`
	Message         string `json:"message"`
}

// CheckOutput is a check run's output.
type CheckOutput struct {
	Title       string       `json:"title"`
	Summary     string       `json:"summary"`
	Annotations []Annotation `json:"annotations,omitempty"`
}

// CheckRun is a check run to create: completed with a conclusion, or
// in_progress (no conclusion) to complete later with UpdateCheckRun.
type CheckRun struct {
	Name       string      `json:"name"`
	HeadSHA    string      `json:"head_sha"`
	Status     string      `json:"status"`
	Conclusion string      `json:"conclusion,omitempty"`
	StartedAt  string      `json:"started_at,omitempty"`
	DetailsURL string      `json:"details_url,omitempty"`
	ExternalID string      `json:"external_id,omitempty"`
	Output     CheckOutput `json:"output"`
}

// CreateCheckRun posts a check run and returns its id.
func (a *App) CreateCheckRun(ctx context.Context, installationID int64, fullName string, c CheckRun) (int64, error) {
	rp, err := repoPath(fullName)
	if err != nil {
		return 0, err
	}
	res, err := a.asInstallation(ctx, installationID, request{method: http.MethodPost, path: rp + "/check-runs", body: c})
	if err != nil {
		return 0, err
	}
	var out struct {
		ID int64 `json:"id"`
	}
	if err := decode(res, &out); err != nil {
		return 0, err
	}
	return out.ID, nil
}

// CheckRunUpdate changes a check run (PATCH): Status "completed" with a
// Conclusion ends it; Output's annotations are added to those already
// there (GitHub takes 50 a call).
type CheckRunUpdate struct {
	Status      string       `json:"status,omitempty"`
	Conclusion  string       `json:"conclusion,omitempty"`
	CompletedAt string       `json:"completed_at,omitempty"`
	Output      *CheckOutput `json:"output,omitempty"`
}

// UpdateCheckRun sends u for check run id
// (PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}).
func (a *App) UpdateCheckRun(ctx context.Context, installationID int64, fullName string, id int64, u CheckRunUpdate) error {
	rp, err := repoPath(fullName)
	if err != nil {
		return err
	}
	res, err := a.asInstallation(ctx, installationID, request{method: http.MethodPatch, path: fmt.Sprintf("%s/check-runs/%d", rp, id), body: u})
	if err != nil {
		return err
	}
	res.Body.Close()
	return nil
}

// ErrNoRef is FullRef's answer for a name that is neither a branch nor a
// tag of the repository (a commit id, or gone since).
var ErrNoRef = errors.New("github: not a branch or tag")

// FullRef qualifies a branch or tag name as GitHub's full ref
// (refs/heads/… or refs/tags/…, a branch first, as git resolves it),
// reading GET /repos/{owner}/{repo}/git/ref/{heads|tags}/{name}; a name
// already starting with refs/ is returned as it is.
func (a *App) FullRef(ctx context.Context, installationID int64, fullName, name string) (string, error) {
	if strings.HasPrefix(name, "refs/") {
		return name, nil
	}
	rp, err := repoPath(fullName)
	if err != nil {
		return "", err
	}
	esc := make([]string, 0, 4)
	for _, part := range strings.Split(name, "/") {
		esc = append(esc, url.PathEscape(part))
	}
	for _, kind := range []string{"heads", "tags"} {
		res, err := a.asInstallation(ctx, installationID, request{method: http.MethodGet, path: rp + "/git/ref/" + kind + "/" + strings.Join(esc, "/")})
		if IsNotFound(err) {
			continue
		}
		if err != nil {
			return "", err
		}
		var out struct {
			Ref string `json:"ref"`
		}
		if err := decode(res, &out); err != nil {
			return "", err
		}
		if want := "refs/" + kind + "/" + name; out.Ref == want {
			return want, nil
		}
	}
	return "", ErrNoRef
}
