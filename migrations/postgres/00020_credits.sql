-- +goose Up
-- Credits: one balance row per workspace, an append-only ledger whose sum is
-- the balance, and holds that reserve credits for running analyses.
CREATE TABLE credit_balances (
    workspace_id uuid PRIMARY KEY,
    balance      bigint NOT NULL DEFAULT 0,
    held         bigint NOT NULL DEFAULT 0,
    updated_at   timestamptz NOT NULL
);

CREATE TABLE credit_ledger (
    id              uuid PRIMARY KEY,
    workspace_id    uuid NOT NULL,
    kind            text NOT NULL,
    amount          bigint NOT NULL,
    balance_after   bigint NOT NULL,
    idempotency_key text NOT NULL UNIQUE,
    reference_type  text NOT NULL DEFAULT '',
    reference_id    text NOT NULL DEFAULT '',
    memo            text NOT NULL DEFAULT '',
    created_at      timestamptz NOT NULL
);
CREATE INDEX credit_ledger_workspace ON credit_ledger (workspace_id, created_at, id);

CREATE TABLE credit_holds (
    id             uuid PRIMARY KEY,
    workspace_id   uuid NOT NULL,
    reference      text NOT NULL,
    amount         bigint NOT NULL,
    charged        bigint NOT NULL DEFAULT 0,
    status         text NOT NULL,
    created_at     timestamptz NOT NULL,
    expires_at     timestamptz NOT NULL,
    closed_at      timestamptz,
    UNIQUE (workspace_id, reference)
);
CREATE INDEX credit_holds_open ON credit_holds (status, expires_at);

-- +goose Down
DROP TABLE credit_holds;
DROP TABLE credit_ledger;
DROP TABLE credit_balances;
