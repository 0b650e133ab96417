-- +goose Up
-- Lockouts are kept per email (hashed), whether or not an account exists,
-- so a locked answer never reveals which emails have accounts.
CREATE TABLE auth_signin_locks (
    email_hash    text PRIMARY KEY,
    failures      integer NOT NULL DEFAULT 0,
    lock_level    integer NOT NULL DEFAULT 0,
    locked_until  timestamp,
    updated_at    timestamp NOT NULL
);
ALTER TABLE auth_users DROP COLUMN failed_logins;
ALTER TABLE auth_users DROP COLUMN lock_level;
ALTER TABLE auth_users DROP COLUMN locked_until;

-- +goose Down
ALTER TABLE auth_users ADD COLUMN failed_logins integer NOT NULL DEFAULT 0;
ALTER TABLE auth_users ADD COLUMN lock_level integer NOT NULL DEFAULT 0;
ALTER TABLE auth_users ADD COLUMN locked_until timestamp;
DROP TABLE auth_signin_locks;
