-- +goose Up
-- The instance KPIs (GET /api/v1/admin/kpis) read every workspace's
-- analyses and ledger entries since a date: these indexes answer that
-- range without scanning the whole tables (the existing ones lead with
-- workspace_id).
CREATE INDEX analyses_created_at ON analyses (created_at);
CREATE INDEX credit_ledger_created_at ON credit_ledger (created_at);
CREATE INDEX auth_users_created_at ON auth_users (created_at);

-- +goose Down
DROP INDEX auth_users_created_at;
DROP INDEX credit_ledger_created_at;
DROP INDEX analyses_created_at;
