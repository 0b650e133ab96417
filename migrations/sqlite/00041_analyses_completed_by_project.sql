-- +goose Up
-- The dashboard reads, per project of a workspace, the latest completed
-- analysis (and the ones completed in the last 30 days for its trend):
-- this index answers both without touching queued, running or failed rows.
CREATE INDEX analyses_completed_project ON analyses (workspace_id, project_key, finished_at) WHERE status = 'completed';

-- +goose Down
DROP INDEX analyses_completed_project;
