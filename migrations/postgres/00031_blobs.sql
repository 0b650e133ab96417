-- +goose Up
-- Blobs: the database-backed blob store (vigil/platform/blob), so every
-- replica's worker can read what another replica received.
CREATE TABLE blobs (
    key             text PRIMARY KEY,
    size            bigint NOT NULL,
    data            bytea NOT NULL,
    created_at      timestamptz NOT NULL
);

-- +goose Down
DROP TABLE blobs;
