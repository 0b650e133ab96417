-- +goose Up
-- Append-only, hash-chained: hash = sha256(prev_hash + canonical entry).
-- seq orders the chain; UNIQUE(seq) makes a fork impossible.
CREATE TABLE audit_log (
    id           text PRIMARY KEY,
    seq          integer NOT NULL UNIQUE,
    at           timestamp NOT NULL,
    actor_id     text NOT NULL DEFAULT '',
    workspace_id text NOT NULL DEFAULT '',
    action       text NOT NULL,
    target       text NOT NULL DEFAULT '',
    ip           text NOT NULL DEFAULT '',
    user_agent   text NOT NULL DEFAULT '',
    details      text NOT NULL,
    prev_hash    text NOT NULL,
    hash         text NOT NULL UNIQUE
);
CREATE INDEX audit_log_workspace_at_idx ON audit_log (workspace_id, at);
CREATE INDEX audit_log_actor_at_idx ON audit_log (actor_id, at);

-- +goose Down
DROP TABLE audit_log;
