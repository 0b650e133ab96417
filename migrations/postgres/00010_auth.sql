-- +goose Up
CREATE TABLE auth_users (
    id              uuid PRIMARY KEY,
    email           text NOT NULL UNIQUE,
    name            text NOT NULL DEFAULT '',
    password_hash   text,
    instance_admin  boolean NOT NULL DEFAULT false,
    personal_workspace_id uuid,
    failed_logins   integer NOT NULL DEFAULT 0,
    lock_level      integer NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    disabled_at     timestamptz,
    password_changed_at timestamptz,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL
);

CREATE TABLE auth_identities (
    id         uuid PRIMARY KEY,
    user_id    uuid NOT NULL REFERENCES auth_users(id) ON DELETE CASCADE,
    provider   text NOT NULL,
    subject    text NOT NULL,
    email      text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL,
    UNIQUE (provider, subject),
    UNIQUE (user_id, provider)
);

CREATE TABLE auth_workspaces (
    id         uuid PRIMARY KEY,
    name       text NOT NULL,
    personal   boolean NOT NULL DEFAULT false,
    created_by uuid NOT NULL REFERENCES auth_users(id),
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);

CREATE TABLE auth_memberships (
    workspace_id uuid NOT NULL REFERENCES auth_workspaces(id) ON DELETE CASCADE,
    user_id      uuid NOT NULL REFERENCES auth_users(id) ON DELETE CASCADE,
    role         text NOT NULL,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, user_id)
);
CREATE INDEX auth_memberships_user_idx ON auth_memberships (user_id);

CREATE TABLE auth_invitations (
    id           uuid PRIMARY KEY,
    workspace_id uuid NOT NULL REFERENCES auth_workspaces(id) ON DELETE CASCADE,
    email        text NOT NULL,
    role         text NOT NULL,
    token_hash   text NOT NULL UNIQUE,
    invited_by   uuid NOT NULL REFERENCES auth_users(id),
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    accepted_at  timestamptz,
    revoked_at   timestamptz
);
CREATE INDEX auth_invitations_workspace_idx ON auth_invitations (workspace_id);

CREATE TABLE auth_sessions (
    id           uuid PRIMARY KEY,
    user_id      uuid NOT NULL REFERENCES auth_users(id) ON DELETE CASCADE,
    ip           text NOT NULL DEFAULT '',
    user_agent   text NOT NULL DEFAULT '',
    created_at   timestamptz NOT NULL,
    last_used_at timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    revoked_at   timestamptz
);
CREATE INDEX auth_sessions_user_idx ON auth_sessions (user_id);

CREATE TABLE auth_refresh_tokens (
    id         uuid PRIMARY KEY,
    session_id uuid NOT NULL REFERENCES auth_sessions(id) ON DELETE CASCADE,
    token_hash text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);
CREATE INDEX auth_refresh_tokens_session_idx ON auth_refresh_tokens (session_id);

CREATE TABLE auth_api_keys (
    id           uuid PRIMARY KEY,
    user_id      uuid NOT NULL REFERENCES auth_users(id) ON DELETE CASCADE,
    workspace_id uuid NOT NULL REFERENCES auth_workspaces(id) ON DELETE CASCADE,
    name         text NOT NULL,
    prefix       text NOT NULL,
    key_hash     text NOT NULL UNIQUE,
    scopes       text NOT NULL,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
CREATE INDEX auth_api_keys_user_idx ON auth_api_keys (user_id, workspace_id);

CREATE TABLE auth_password_resets (
    id         uuid PRIMARY KEY,
    user_id    uuid NOT NULL REFERENCES auth_users(id) ON DELETE CASCADE,
    token_hash text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);

CREATE TABLE auth_signin_events (
    id         uuid PRIMARY KEY,
    user_id    uuid REFERENCES auth_users(id) ON DELETE CASCADE,
    method     text NOT NULL,
    success    boolean NOT NULL,
    reason     text NOT NULL DEFAULT '',
    ip         text NOT NULL DEFAULT '',
    user_agent text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL
);
CREATE INDEX auth_signin_events_created_idx ON auth_signin_events (created_at);

-- +goose Down
DROP TABLE auth_signin_events;
DROP TABLE auth_password_resets;
DROP TABLE auth_api_keys;
DROP TABLE auth_refresh_tokens;
DROP TABLE auth_sessions;
DROP TABLE auth_invitations;
DROP TABLE auth_memberships;
DROP TABLE auth_workspaces;
DROP TABLE auth_identities;
DROP TABLE auth_users;
