-- +goose Up
-- Analyses: one row per requested analysis, with its status machine
-- (queued -> running -> completed | failed | canceled), the credit quote and
-- hold, and the summary the history and report pages show.
CREATE TABLE analyses (
    id              uuid PRIMARY KEY,
    workspace_id    uuid NOT NULL,
    created_by      uuid NOT NULL,
    name            text NOT NULL,
    project_key     text NOT NULL,
    source_kind     text NOT NULL,
    source_blob     text NOT NULL DEFAULT '',
    source_deleted_at timestamptz,
    tier            text NOT NULL,
    options         text NOT NULL DEFAULT '{}',
    status          text NOT NULL,
    failure_reason  text NOT NULL DEFAULT '',
    phase           text NOT NULL DEFAULT '',
    attempts        integer NOT NULL DEFAULT 0,
    quote_min       bigint NOT NULL DEFAULT 0,
    quote_max       bigint NOT NULL DEFAULT 0,
    hold_id         text NOT NULL DEFAULT '',
    credits_state   text NOT NULL DEFAULT 'none',
    cost_credits    bigint NOT NULL DEFAULT 0,
    ai_cost_usd     double precision NOT NULL DEFAULT 0,
    ai_status       text NOT NULL DEFAULT '',
    files_total     integer NOT NULL DEFAULT 0,
    files_scanned   integer NOT NULL DEFAULT 0,
    lines_total     bigint NOT NULL DEFAULT 0,
    lines_scanned   bigint NOT NULL DEFAULT 0,
    count_critical  integer NOT NULL DEFAULT 0,
    count_high      integer NOT NULL DEFAULT 0,
    count_medium    integer NOT NULL DEFAULT 0,
    count_low       integer NOT NULL DEFAULT 0,
    count_info      integer NOT NULL DEFAULT 0,
    score           integer,
    grade           text NOT NULL DEFAULT '',
    notes           text NOT NULL DEFAULT '[]',
    created_at      timestamptz NOT NULL,
    started_at      timestamptz,
    finished_at     timestamptz,
    updated_at      timestamptz NOT NULL
);
CREATE INDEX analyses_workspace_created ON analyses (workspace_id, created_at DESC, id DESC);
CREATE INDEX analyses_project ON analyses (workspace_id, project_key, created_at DESC);

-- Findings of one analysis. cwe and owasp are stored as ",A,B," so one
-- LIKE filter works on both dialects; trace, references and extra are JSON.
CREATE TABLE analysis_findings (
    id              uuid PRIMARY KEY,
    analysis_id     uuid NOT NULL REFERENCES analyses(id) ON DELETE CASCADE,
    workspace_id    uuid NOT NULL,
    fingerprint     text NOT NULL,
    rule_id         text NOT NULL,
    kind            text NOT NULL,
    title           text NOT NULL,
    message         text NOT NULL,
    severity        text NOT NULL,
    severity_rank   integer NOT NULL,
    confidence      text NOT NULL,
    confidence_rank integer NOT NULL,
    cwe             text NOT NULL DEFAULT '',
    owasp           text NOT NULL DEFAULT '',
    path            text NOT NULL,
    start_line      integer NOT NULL,
    start_column    integer NOT NULL,
    end_line        integer NOT NULL,
    end_column      integer NOT NULL,
    snippet         text NOT NULL DEFAULT '',
    trace           text NOT NULL DEFAULT '[]',
    remediation     text NOT NULL DEFAULT '',
    refs            text NOT NULL DEFAULT '[]',
    extra           text NOT NULL DEFAULT '{}',
    suppression_kind   text NOT NULL DEFAULT '',
    suppression_reason text NOT NULL DEFAULT '',
    ai_verdict      text NOT NULL DEFAULT '',
    ai_explanation  text NOT NULL DEFAULT '',
    ai_model        text NOT NULL DEFAULT '',
    ai_fix_diff     text NOT NULL DEFAULT '',
    created_at      timestamptz NOT NULL
);
CREATE UNIQUE INDEX analysis_findings_fingerprint ON analysis_findings (analysis_id, fingerprint);
CREATE INDEX analysis_findings_order ON analysis_findings (analysis_id, severity_rank DESC, id);

-- Triage decisions stick to a fingerprint within a project, so a re-scan
-- of the same project inherits them.
CREATE TABLE analysis_triage (
    workspace_id    uuid NOT NULL,
    project_key     text NOT NULL,
    fingerprint     text NOT NULL,
    state           text NOT NULL,
    reason          text NOT NULL DEFAULT '',
    decided_by      uuid NOT NULL,
    decided_at      timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, project_key, fingerprint)
);

-- Every triage change, never updated or deleted with the analysis.
CREATE TABLE analysis_triage_audit (
    id              uuid PRIMARY KEY,
    workspace_id    uuid NOT NULL,
    project_key     text NOT NULL,
    fingerprint     text NOT NULL,
    finding_id      uuid NOT NULL,
    from_state      text NOT NULL,
    to_state        text NOT NULL,
    reason          text NOT NULL DEFAULT '',
    actor_id        uuid NOT NULL,
    created_at      timestamptz NOT NULL
);
CREATE INDEX analysis_triage_audit_key ON analysis_triage_audit (workspace_id, project_key, fingerprint, created_at);

-- Progress events, persisted so any replica can stream them (SSE) and a
-- client can resume after Last-Event-ID.
CREATE TABLE analysis_events (
    analysis_id     uuid NOT NULL REFERENCES analyses(id) ON DELETE CASCADE,
    seq             bigint NOT NULL,
    phase           text NOT NULL,
    payload         text NOT NULL,
    created_at      timestamptz NOT NULL,
    PRIMARY KEY (analysis_id, seq)
);

-- +goose Down
DROP TABLE analysis_events;
DROP TABLE analysis_triage_audit;
DROP TABLE analysis_triage;
DROP TABLE analysis_findings;
DROP TABLE analyses;
