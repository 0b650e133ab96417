-- +goose Up
-- ai_cache holds cortex's model responses so every replica shares them and a
-- re-scan of unchanged code costs nothing. key = sha256(model, prompt template
-- version, content hash); the columns beside it are kept for inspection and
-- for pruning by model or template version.
CREATE TABLE ai_cache (
    key              text PRIMARY KEY,
    provider         text NOT NULL,
    model            text NOT NULL,
    template_version text NOT NULL,
    content_hash     text NOT NULL,
    response         text NOT NULL,
    input_tokens     bigint NOT NULL DEFAULT 0,
    output_tokens    bigint NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL
);

CREATE INDEX ai_cache_created_at_idx ON ai_cache (created_at);

-- +goose Down
DROP TABLE ai_cache;
