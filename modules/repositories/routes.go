package repositories

import (
	"vigil/platform/openapi"
)

// Routes is the module's route table: each route declared once, with its
// handler, middleware, types and documentation.
// The server registers and documents the table in one call:
// srv.Mount(svc.Routes()...).
func (s *Service) Routes() []openapi.Route {
	auth := []string{"cookie", "apiKey"}
	tags := []string{"repositories"}
	notFound := openapi.Response{Description: "No such repository in this workspace"}
	return []openapi.Route{
		{Method: "GET", Path: "/api/v1/repositories", OperationID: "listRepositories", Handler: s.handleList, Action: ActionRead, Summary: "Connected repositories",
			Tags: tags, Auth: auth, Responses: map[int]openapi.Response{200: {Description: "The workspace's repositories", Body: RepositoryList{}}}},
		{Method: "POST", Path: "/api/v1/repositories", OperationID: "addRepository", Handler: s.handleAdd, Action: ActionManage, Summary: "Connect a repository by HTTPS clone URL",
			Description: "Any git host (GitLab, Gitea, Bitbucket, self-hosted). The optional token is sent as basic auth (user x-access-token), sealed at rest and never returned. The host must be one Vigil may reach (no loopback, private or metadata addresses unless the operator allowed them).",
			Tags:        tags, Auth: auth, Request: AddRequest{},
			Responses: map[int]openapi.Response{201: {Description: "The repository with its id", Body: Repository{}}, 409: {Description: "Already connected"}, 422: {Description: "Invalid or refused URL"}}},
		{Method: "GET", Path: "/api/v1/repositories/:id", OperationID: "getRepository", Handler: s.handleGet, Action: ActionRead, Summary: "One repository with its latest scans",
			Tags: tags, Auth: auth, Responses: map[int]openapi.Response{200: {Description: "The repository", Body: RepositoryDetail{}}, 404: notFound}},
		{Method: "PATCH", Path: "/api/v1/repositories/:id", OperationID: "updateRepository", Handler: s.handleUpdate, Action: ActionManage, Summary: "Change a repository's settings",
			Description: "name, default_branch, token (\"\" removes it), watched, tier, monthly_budget, schedule (\"\", daily, weekly).",
			Tags:        tags, Auth: auth, Request: UpdateRequest{},
			Responses: map[int]openapi.Response{200: {Description: "The repository", Body: Repository{}}, 404: notFound, 422: {Description: "Invalid settings"}}},
		{Method: "DELETE", Path: "/api/v1/repositories/:id", OperationID: "deleteRepository", Handler: s.handleDelete, Action: ActionManage, Summary: "Disconnect a repository",
			Description: "Forgets the repository, its token and its scan history; its analyses stay.",
			Tags:        tags, Auth: auth, Responses: map[int]openapi.Response{204: {Description: "Disconnected"}, 404: notFound}},
		{Method: "POST", Path: "/api/v1/repositories/:id/scan", OperationID: "scanRepository", Handler: s.handleScan, Summary: "Scan a branch or tag now",
			Description: "Clones the ref shallowly (no hooks, submodules or LFS) and starts its analysis, checked like an upload. Answers the analysis with its id.",
			Tags:        tags, Auth: auth, Request: ScanRequest{},
			Responses: map[int]openapi.Response{201: {Description: "The analysis started", Body: ScanStarted{}}, 402: {Description: "Not enough credits"},
				404: notFound, 413: {Description: "Repository too large"}, 422: {Description: "Unknown or invalid ref"}, 503: {Description: "The host could not be reached"}}},
		{Method: "GET", Path: "/api/v1/integrations/github/install", OperationID: "installGitHubApp", Handler: s.handleInstall, Action: ActionManage, Summary: "Install the GitHub App for this workspace",
			Description: "Redirects to GitHub's installation page with a signed state (valid 30 minutes) binding the installation to the caller's workspace; with Accept: application/json answers {\"url\"} instead. 404 when the App is not configured.",
			Tags:        tags, Auth: auth,
			Responses: map[int]openapi.Response{200: {Description: "Where to install", Body: InstallLink{}}, 302: {Description: "To GitHub"}, 404: {Description: "GitHub App not configured"}}},
		{Method: "GET", Path: "/api/v1/integrations/github/setup", OperationID: "completeGitHubInstall", Handler: s.handleSetup, Action: ActionManage, Summary: "GitHub's return after an installation",
			Description: "The App's setup and OAuth callback URL (the App requests user authorization on install). Binds installation_id to the workspace of the signed state, for the user who started it, when GitHub's user token for code can access the installation, and the installation exists, is new and belongs to no other workspace; then redirects to the Repositories page. Each state binds once.",
			Tags:        tags, Auth: auth, Query: []openapi.Param{{Name: "installation_id", Type: "integer", Description: "from GitHub"}, {Name: "code", Type: "string", Description: "OAuth code from GitHub"}, {Name: "state", Type: "string", Description: "from the install redirect"}},
			Responses: map[int]openapi.Response{302: {Description: "Back to the Repositories page"}, 403: {Description: "Invalid, expired or used state, another user's, no or a refused code, an installation the user cannot access on GitHub, or an old one"},
				404: {Description: "No such installation"}, 409: {Description: "Installation bound to another workspace"}}},
		{Method: "POST", Path: "/api/v1/webhooks/github", OperationID: "githubWebhook", Handler: s.handleGitHubWebhook, Summary: "GitHub App webhook (push, pull_request)",
			Description: "Verified with X-Hub-Signature-256 (HMAC-SHA256, no SHA-1), deduplicated by X-GitHub-Delivery and answered at once; the scan runs in a durable job. A push to the default branch and pull_request opened, synchronize, reopened and ready_for_review scan watched repositories; every other event, and unknown installations or repositories, are acknowledged and ignored.",
			Tags:        []string{"webhooks"},
			Responses: map[int]openapi.Response{200: {Description: "Already received (duplicate delivery)", Body: WebhookAnswer{}}, 202: {Description: "Queued or ignored", Body: WebhookAnswer{}},
				401: {Description: "Signature missing or wrong"}, 404: {Description: "GitHub App not configured"}}},
		{Method: "GET", Path: "/api/v1/integrations/github/repositories", OperationID: "listGitHubRepositories", Handler: s.handleInstalled, Action: ActionRead, Summary: "Repositories the workspace's installations reach",
			Description: "Each with repository_id when it is connected. Connect one with POST /api/v1/repositories and its url.",
			Tags:        tags, Auth: auth, Responses: map[int]openapi.Response{200: {Description: "Installed repositories", Body: InstalledRepositories{}}, 404: {Description: "GitHub App not configured"}}},
	}
}
