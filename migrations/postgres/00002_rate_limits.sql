-- +goose Up
-- GCRA state shared by every replica: one row per limited key. tat_us is
-- the theoretical arrival time (unix microseconds); once expires_us is in
-- the past the row equals a fresh key and the cleanup job deletes it.
CREATE TABLE rate_limits (
    key        text PRIMARY KEY,
    tat_us     bigint NOT NULL,
    allowed    smallint NOT NULL DEFAULT 1,
    expires_us bigint NOT NULL
);
CREATE INDEX rate_limits_expires_us_idx ON rate_limits (expires_us);

-- +goose Down
DROP TABLE rate_limits;
