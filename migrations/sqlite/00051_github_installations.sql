-- +goose Up
-- github_installations: a GitHub App installation bound to the workspace whose
-- member started it (through a signed state on the install redirect). One
-- installation belongs to one workspace. No token is stored: installation
-- tokens are minted when needed and live only in memory until they expire.
CREATE TABLE github_installations (
    installation_id bigint PRIMARY KEY,
    workspace_id    text NOT NULL,
    account_login   text NOT NULL DEFAULT '',
    account_type    text NOT NULL DEFAULT '',
    created_by      text NOT NULL DEFAULT '',
    created_at      datetime NOT NULL
);

CREATE INDEX github_installations_workspace_idx ON github_installations (workspace_id);

-- +goose Down
DROP TABLE github_installations;
