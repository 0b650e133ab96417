-- +goose Up
-- review_threshold: the least severity of a new finding on a pull request's
-- changed lines that fails Vigil's check run (critical, high, medium, low, info).
ALTER TABLE repositories ADD COLUMN review_threshold text NOT NULL DEFAULT 'high';

-- +goose Down
ALTER TABLE repositories DROP COLUMN review_threshold;
