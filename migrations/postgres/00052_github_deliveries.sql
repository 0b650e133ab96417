-- +goose Up
-- github_deliveries: every X-GitHub-Delivery accepted on
-- POST /api/v1/webhooks/github, recorded in the transaction that enqueues its
-- job, so a redelivery (GitHub retries, or "Redeliver" in the App settings)
-- does its work once.
CREATE TABLE github_deliveries (
    delivery_id text PRIMARY KEY,
    event       text NOT NULL,
    received_at timestamptz NOT NULL
);

CREATE INDEX github_deliveries_received_idx ON github_deliveries (received_at);

-- +goose Down
DROP TABLE github_deliveries;
