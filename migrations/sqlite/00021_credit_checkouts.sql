-- +goose Up
-- Stripe Checkout purchases. A row is written before Stripe is called, so
-- a crash after Stripe answers never loses track of a session: the
-- reconciliation job finds it by its checkout_id metadata.
CREATE TABLE credit_checkouts (
    id                 text PRIMARY KEY,
    workspace_id       text NOT NULL,
    user_id            text NOT NULL DEFAULT '',
    pack_id            text NOT NULL,
    credits            bigint NOT NULL,
    amount             bigint NOT NULL,
    currency           text NOT NULL,
    stripe_session_id  text UNIQUE,
    payment_intent_id  text NOT NULL DEFAULT '',
    status             text NOT NULL,
    refunded_credits   bigint NOT NULL DEFAULT 0,
    disputed_credits   bigint NOT NULL DEFAULT 0,
    receipt_url        text NOT NULL DEFAULT '',
    created_at         timestamp NOT NULL,
    updated_at         timestamp NOT NULL,
    credited_at        timestamp
);
CREATE INDEX credit_checkouts_workspace ON credit_checkouts (workspace_id, created_at);
CREATE INDEX credit_checkouts_payment_intent ON credit_checkouts (payment_intent_id);

-- Every Stripe event handled, recorded in the same transaction as its
-- effect: a replayed event id changes nothing.
CREATE TABLE stripe_events (
    id          text PRIMARY KEY,
    type        text NOT NULL,
    received_at timestamp NOT NULL
);

-- +goose Down
DROP TABLE stripe_events;
DROP TABLE credit_checkouts;
