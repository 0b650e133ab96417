-- +goose Up
-- repositories: a workspace's connected repositories. provider is 'git' (any
-- host, cloned by HTTPS URL) or 'github' (through the GitHub App installation
-- installation_id, repository github_id / full_name). An access token for a
-- generic host is sealed with the instance secret (platform/secrets, bound to
-- the row id) and never returned; token_last4 is what the UI shows. tier and
-- monthly_budget (credits, 0 = no cap) apply to every scan of the repository;
-- schedule is '', 'daily' or 'weekly'.
CREATE TABLE repositories (
    id              uuid PRIMARY KEY,
    workspace_id    uuid NOT NULL,
    provider        text NOT NULL,
    url             text NOT NULL,
    name            text NOT NULL,
    default_branch  text NOT NULL DEFAULT '',
    token_sealed    text NOT NULL DEFAULT '',
    token_last4     text NOT NULL DEFAULT '',
    installation_id bigint NOT NULL DEFAULT 0,
    github_id       bigint NOT NULL DEFAULT 0,
    full_name       text NOT NULL DEFAULT '',
    watched         boolean NOT NULL DEFAULT true,
    tier            text NOT NULL DEFAULT 'static',
    monthly_budget  bigint NOT NULL DEFAULT 0,
    schedule        text NOT NULL DEFAULT '',
    created_by      text NOT NULL DEFAULT '',
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL
);

CREATE UNIQUE INDEX repositories_url_idx ON repositories (workspace_id, url);
CREATE INDEX repositories_github_idx ON repositories (installation_id, github_id);

-- repository_scans: every analysis started for a repository, with what
-- started it: trigger_kind is 'manual', 'push', 'pull_request' or 'schedule';
-- pr_number for pull requests; triggered_by the user (manual) or the sender.
CREATE TABLE repository_scans (
    id            uuid PRIMARY KEY,
    repository_id uuid NOT NULL REFERENCES repositories (id) ON DELETE CASCADE,
    workspace_id  uuid NOT NULL,
    analysis_id   text NOT NULL DEFAULT '',
    ref           text NOT NULL DEFAULT '',
    commit_sha    text NOT NULL DEFAULT '',
    trigger_kind  text NOT NULL,
    pr_number     integer NOT NULL DEFAULT 0,
    triggered_by  text NOT NULL DEFAULT '',
    status        text NOT NULL DEFAULT 'started',
    error         text NOT NULL DEFAULT '',
    created_at    timestamptz NOT NULL
);

CREATE INDEX repository_scans_repo_idx ON repository_scans (repository_id, created_at);

-- +goose Down
DROP TABLE repository_scans;
DROP TABLE repositories;
