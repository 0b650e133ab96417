-- +goose Up
-- ai_workspace_providers: a workspace's own LLM provider keys (bring your
-- own). The key is sealed with the instance secret (platform/secrets, AES-GCM,
-- bound to the row id) and never returned; key_last4 is what the UI shows.
-- models is the JSON array of {name, tier, input_price, output_price, context}
-- in the VIGIL_AI_PROVIDERS shape.
CREATE TABLE ai_workspace_providers (
    id                uuid PRIMARY KEY,
    workspace_id      uuid NOT NULL,
    name              text NOT NULL,
    kind              text NOT NULL,
    base_url          text NOT NULL DEFAULT '',
    api_key_sealed    text NOT NULL DEFAULT '',
    key_last4         text NOT NULL DEFAULT '',
    models            text NOT NULL DEFAULT '[]',
    concurrency       integer NOT NULL DEFAULT 0,
    created_by        uuid NOT NULL,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    last_validated_at timestamptz
);

CREATE UNIQUE INDEX ai_workspace_providers_name_idx ON ai_workspace_providers (workspace_id, name);

-- +goose Down
DROP TABLE ai_workspace_providers;
