-- Markup drift (issue 14): how well each page kind's fields were filled, per run. Portable SQL: the
-- same file runs on H2 and PostgreSQL. Written to be run again over its own partial effect (H2 commits
-- each DDL statement by itself, so a failed first attempt can leave some of it behind).

-- Scratch, per page of a run: what the extract step got from it, one row per watched field. Keyed by
-- url, so a chunk that runs again after a crash rewrites its own rows instead of counting twice; the
-- report step of the completed run sums them into run_field_fill and deletes them.
CREATE TABLE IF NOT EXISTS extract_page_fill (
    run_id           BIGINT        NOT NULL,
    url              VARCHAR(2048) NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    field            VARCHAR(50)   NOT NULL,
    records          INT           NOT NULL,
    filled           INT           NOT NULL,
    PRIMARY KEY (run_id, url, field)
);

-- Per completed run, page kind and field: pages extracted, records they gave, and the share of those
-- records that have the field (null when the pages gave no records).
CREATE TABLE IF NOT EXISTS run_field_fill (
    run_id           BIGINT        NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    field            VARCHAR(50)   NOT NULL,
    pages            INT           NOT NULL,
    records          INT           NOT NULL,
    filled           INT           NOT NULL,
    records_per_page DOUBLE PRECISION NOT NULL,
    fill_rate        DOUBLE PRECISION,
    PRIMARY KEY (run_id, kind, field)
);

-- What the drift check found in a completed run, one finding a line; null when it found none.
ALTER TABLE harvest_run ADD COLUMN IF NOT EXISTS drift VARCHAR(4000);
