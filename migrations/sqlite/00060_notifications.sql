-- +goose Up
-- notification_channels: where a workspace is told about its analyses and
-- credits: a Slack incoming webhook, an email address or a generic HTTPS
-- webhook. The target (URL or address) and a webhook's signing secret are
-- sealed with the instance secret (platform/secrets, bound to the row id);
-- target_hint is what the UI shows (host of a URL, the address). events is
-- the JSON array of event types the channel chose.
CREATE TABLE notification_channels (
    id            text PRIMARY KEY,
    workspace_id  text NOT NULL,
    name          text NOT NULL,
    kind          text NOT NULL,
    target_sealed text NOT NULL,
    target_hint   text NOT NULL DEFAULT '',
    secret_sealed text NOT NULL DEFAULT '',
    events        text NOT NULL DEFAULT '[]',
    enabled       boolean NOT NULL DEFAULT true,
    created_by    text NOT NULL,
    created_at    datetime NOT NULL,
    updated_at    datetime NOT NULL
);
CREATE UNIQUE INDEX notification_channels_name_idx ON notification_channels (workspace_id, name);

-- notification_deliveries: one event sent (or being sent) to one channel,
-- the delivery log the UI shows. event_id names the event (the same
-- analysis finishing twice is one event), so a replayed fan-out adds no
-- second delivery. status: pending, retrying, delivered, failed.
CREATE TABLE notification_deliveries (
    id              text PRIMARY KEY,
    workspace_id    text NOT NULL,
    channel_id      text NOT NULL REFERENCES notification_channels (id) ON DELETE CASCADE,
    event           text NOT NULL,
    event_id        text NOT NULL,
    payload         text NOT NULL,
    status          text NOT NULL,
    attempts        integer NOT NULL DEFAULT 0,
    response_code   integer NOT NULL DEFAULT 0,
    error           text NOT NULL DEFAULT '',
    next_attempt_at datetime,
    delivered_at    datetime,
    created_at      datetime NOT NULL,
    updated_at      datetime NOT NULL
);
CREATE UNIQUE INDEX notification_deliveries_event_idx ON notification_deliveries (channel_id, event_id);
CREATE INDEX notification_deliveries_channel_idx ON notification_deliveries (channel_id, created_at);

-- +goose Down
DROP TABLE notification_deliveries;
DROP TABLE notification_channels;
