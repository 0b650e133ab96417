-- +goose Up
-- github_install_states: the nonce of every install state that came back
-- through GET /api/v1/integrations/github/setup. A state binds one
-- installation once: a second callback with the same state is refused.
-- Rows are kept until the state would have expired anyway, then pruned by
-- the housekeeping job.
CREATE TABLE github_install_states (
    nonce      text PRIMARY KEY,
    expires_at timestamptz NOT NULL
);

CREATE INDEX github_install_states_expires_idx ON github_install_states (expires_at);

-- +goose Down
DROP TABLE github_install_states;
