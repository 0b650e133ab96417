package github

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// ReplyToReviewComment answers in the thread of review comment commentID
// (POST /repos/{owner}/{repo}/pulls/{n}/comments/{id}/replies).
func (a *App) ReplyToReviewComment(ctx context.Context, installationID int64, fullName string, number int, commentID int64, body string) error {
	rp, err := repoPath(fullName)
	if err != nil {
		return err
	}
	res, err := a.asInstallation(ctx, installationID, request{method: http.MethodPost,
		path: fmt.Sprintf("%s/pulls/%d/comments/%d/replies", rp, number, commentID), body: map[string]string{"body": body}})
	if err != nil {
		return err
	}
	res.Body.Close()
	return nil
}

// IssueComment is a comment on a pull request's conversation.
type IssueComment struct {
	ID   int64  `json:"id"`
	Body string `json:"body"`
	User User   `json:"user"`
}

// IssueComments lists the conversation comments of issue or pull request
// number (at most 3,000).
func (a *App) IssueComments(ctx context.Context, installationID int64, fullName string, number int) ([]IssueComment, error) {
	rp, err := repoPath(fullName)
	if err != nil {
		return nil, err
	}
	var all []IssueComment
	for page := 1; page <= 30; page++ {
		res, err := a.asInstallation(ctx, installationID, request{method: http.MethodGet, path: fmt.Sprintf("%s/issues/%d/comments?per_page=100&page=%d", rp, number, page)})
		if err != nil {
			return nil, err
		}
		var out []IssueComment
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

// CreateIssueComment posts a comment on the conversation of issue or pull
// request number.
func (a *App) CreateIssueComment(ctx context.Context, installationID int64, fullName string, number int, body string) error {
	rp, err := repoPath(fullName)
	if err != nil {
		return err
	}
	res, err := a.asInstallation(ctx, installationID, request{method: http.MethodPost,
		path: fmt.Sprintf("%s/issues/%d/comments", rp, number), body: map[string]string{"body": body}})
	if err != nil {
		return err
	}
	res.Body.Close()
	return nil
}

// Permission is a collaborator's permission on a repository: admin,
// write, read or none (GitHub folds maintain into write and triage into
// read; RoleName keeps the precise role).
type Permission struct {
	Permission string `json:"permission"`
	RoleName   string `json:"role_name"`
}

// CanWrite reports whether the permission includes pushing to the
// repository (admin, maintain or write).
func (p Permission) CanWrite() bool {
	switch p.Permission {
	case "admin", "maintain", "write":
		return true
	}
	return p.RoleName == "admin" || p.RoleName == "maintain" || p.RoleName == "write"
}

// CollaboratorPermission reads login's permission on the repository; a
// user who is not a collaborator (GitHub's 404) has "none".
func (a *App) CollaboratorPermission(ctx context.Context, installationID int64, fullName, login string) (Permission, error) {
	rp, err := repoPath(fullName)
	if err != nil {
		return Permission{}, err
	}
	if login == "" {
		return Permission{Permission: "none"}, nil
	}
	res, err := a.asInstallation(ctx, installationID, request{method: http.MethodGet,
		path: fmt.Sprintf("%s/collaborators/%s/permission", rp, url.PathEscape(login))})
	if IsNotFound(err) {
		return Permission{Permission: "none"}, nil
	}
	if err != nil {
		return Permission{}, err
	}
	var p Permission
	if err := decode(res, &p); err != nil {
		return Permission{}, err
	}
	return p, nil
}

// graphqlURL is the GraphQL endpoint next to the REST base: /graphql on
// api.github.com, /api/graphql on GitHub Enterprise Server (whose REST
// base ends in /api/v3).
func (a *App) graphqlURL() string {
	if base, ok := strings.CutSuffix(a.api, "/api/v3"); ok {
		return base + "/api/graphql"
	}
	return a.api + "/graphql"
}

// graphql runs one GraphQL operation as the installation and decodes its
// data into out; GraphQL errors (answered with 200) become an error.
func (a *App) graphql(ctx context.Context, installationID int64, query string, vars map[string]any, out any) error {
	res, err := a.asInstallation(ctx, installationID, request{method: http.MethodPost, path: "/graphql", url: a.graphqlURL(),
		body: map[string]any{"query": query, "variables": vars}})
	if err != nil {
		return err
	}
	var env struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := decode(res, &env); err != nil {
		return err
	}
	if len(env.Errors) > 0 {
		msgs := make([]string, 0, len(env.Errors))
		for _, e := range env.Errors {
			msgs = append(msgs, e.Message)
		}
		return fmt.Errorf("github: graphql: %s", strings.Join(msgs, "; "))
	}
	if len(env.Data) == 0 || string(env.Data) == "null" {
		return errors.New("github: graphql: no data")
	}
	return json.Unmarshal(env.Data, out)
}

// ReviewThread is a pull request review thread: its node id, whether it
// is resolved, the REST id, author and body of its first comment, and the
// body of its last.
type ReviewThread struct {
	ID               string
	IsResolved       bool
	FirstCommentID   int64
	FirstAuthor      string
	FirstCommentBody string
	LastCommentBody  string
}

const reviewThreadsQuery = `query($owner: String!, $name: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $cursor) {
        pageInfo { hasNextPage endCursor }
        nodes {
          id isResolved
          first: comments(first: 1) { nodes { databaseId body author { login } } }
          last: comments(last: 1) { nodes { body } }
        }
      }
    }
  }
}`

// ReviewThreads lists the pull request's review threads (at most 3,000).
func (a *App) ReviewThreads(ctx context.Context, installationID int64, fullName string, number int) ([]ReviewThread, error) {
	owner, name, ok := strings.Cut(fullName, "/")
	if !ok || owner == "" || name == "" {
		return nil, fmt.Errorf("github: %q is not owner/repo", fullName)
	}
	var all []ReviewThread
	var cursor any
	for range 30 {
		var out struct {
			Repository struct {
				PullRequest *struct {
					ReviewThreads struct {
						PageInfo struct {
							HasNextPage bool   `json:"hasNextPage"`
							EndCursor   string `json:"endCursor"`
						} `json:"pageInfo"`
						Nodes []struct {
							ID         string `json:"id"`
							IsResolved bool   `json:"isResolved"`
							First      struct {
								Nodes []struct {
									DatabaseID int64  `json:"databaseId"`
									Body       string `json:"body"`
									Author     *struct {
										Login string `json:"login"`
									} `json:"author"`
								} `json:"nodes"`
							} `json:"first"`
							Last struct {
								Nodes []struct {
									Body string `json:"body"`
								} `json:"nodes"`
							} `json:"last"`
						} `json:"nodes"`
					} `json:"reviewThreads"`
				} `json:"pullRequest"`
			} `json:"repository"`
		}
		if err := a.graphql(ctx, installationID, reviewThreadsQuery, map[string]any{"owner": owner, "name": name, "number": number, "cursor": cursor}, &out); err != nil {
			return nil, err
		}
		pr := out.Repository.PullRequest
		if pr == nil {
			return nil, &Error{Status: http.StatusNotFound, Message: "pull request not found"}
		}
		for _, n := range pr.ReviewThreads.Nodes {
			t := ReviewThread{ID: n.ID, IsResolved: n.IsResolved}
			if len(n.First.Nodes) > 0 {
				c := n.First.Nodes[0]
				t.FirstCommentID, t.FirstCommentBody = c.DatabaseID, c.Body
				if c.Author != nil {
					t.FirstAuthor = c.Author.Login
				}
			}
			if len(n.Last.Nodes) > 0 {
				t.LastCommentBody = n.Last.Nodes[0].Body
			}
			all = append(all, t)
		}
		if !pr.ReviewThreads.PageInfo.HasNextPage {
			break
		}
		cursor = pr.ReviewThreads.PageInfo.EndCursor
	}
	return all, nil
}

const resolveThreadMutation = `mutation($threadId: ID!) {
  resolveReviewThread(input: {threadId: $threadId}) { thread { id isResolved } }
}`

// ResolveReviewThread marks a review thread resolved.
func (a *App) ResolveReviewThread(ctx context.Context, installationID int64, threadID string) error {
	var out struct {
		ResolveReviewThread struct {
			Thread struct {
				IsResolved bool `json:"isResolved"`
			} `json:"thread"`
		} `json:"resolveReviewThread"`
	}
	if err := a.graphql(ctx, installationID, resolveThreadMutation, map[string]any{"threadId": threadID}, &out); err != nil {
		return err
	}
	if !out.ResolveReviewThread.Thread.IsResolved {
		return errors.New("github: resolveReviewThread: the thread is still unresolved")
	}
	return nil
}
