-- +goose Up
-- The AI executive summary of an analysis (JSON: summary, top_risks, model),
-- empty when there is none.
ALTER TABLE analyses ADD COLUMN ai_summary text NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE analyses DROP COLUMN ai_summary;
