-- +goose Up
-- credits: the most a scan's analysis may charge (its quote's maximum, held
-- when it started); a repository's monthly_budget counts them per calendar
-- month (UTC).
ALTER TABLE repository_scans ADD COLUMN credits bigint NOT NULL DEFAULT 0;

-- +goose Down
ALTER TABLE repository_scans DROP COLUMN credits;
