-- +goose Up
-- Blobs: the database-backed blob store (vigil/platform/blob), so every
-- replica's worker can read what another replica received.
CREATE TABLE blobs (
    key             text PRIMARY KEY,
    size            bigint NOT NULL,
    data            blob NOT NULL,
    created_at      timestamp NOT NULL
);

-- +goose Down
DROP TABLE blobs;
