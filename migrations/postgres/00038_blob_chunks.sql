-- +goose Up
-- Blob chunks: the database blob store (vigil/platform/blob) writes an
-- object as rows of at most 1 MiB, so storing or reading an upload never
-- needs the whole object in memory. A blobs row keeps the key, the total
-- size and the creation time; rows written before this migration keep
-- their bytes in blobs.data and have no chunks.
CREATE TABLE blob_chunks (
    key             text NOT NULL REFERENCES blobs (key) ON DELETE CASCADE,
    seq             integer NOT NULL,
    data            bytea NOT NULL,
    PRIMARY KEY (key, seq)
);

-- +goose Down
-- Chunked objects cannot be folded back into blobs.data portably; sources
-- only wait for their analysis, so they are dropped and such an analysis
-- fails as "the uploaded source is no longer available" rather than
-- reading an empty source.
DELETE FROM blobs WHERE key IN (SELECT key FROM blob_chunks);
DROP TABLE blob_chunks;
