-- +goose Up
-- Email verification: sign-up answers the same whether or not the email
-- has an account, so ownership of the address is proven by a link sent to
-- it. Accounts that existed before verification keep working as verified.
ALTER TABLE auth_users ADD COLUMN email_verified_at timestamptz;
UPDATE auth_users SET email_verified_at = created_at;

CREATE TABLE auth_email_verifications (
    id         uuid PRIMARY KEY,
    user_id    uuid NOT NULL REFERENCES auth_users(id) ON DELETE CASCADE,
    email      text NOT NULL,
    token_hash text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);
CREATE INDEX auth_email_verifications_user_idx ON auth_email_verifications (user_id);

-- +goose Down
DROP TABLE auth_email_verifications;
ALTER TABLE auth_users DROP COLUMN email_verified_at;
