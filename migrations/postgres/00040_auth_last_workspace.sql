-- +goose Up
-- The workspace a user last switched to in the web app's header, so a new
-- session (or another device) opens where the user left off. No foreign
-- key: the value is only a preference, checked against the memberships on
-- every use (a user who left or was removed falls back to the personal
-- workspace).
ALTER TABLE auth_users ADD COLUMN last_workspace_id uuid;

-- +goose Down
ALTER TABLE auth_users DROP COLUMN last_workspace_id;
