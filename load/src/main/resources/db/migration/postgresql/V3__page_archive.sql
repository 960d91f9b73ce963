-- The raw page archive: the latest fetch of every url, body gzip-compressed.
-- Only the binary column type differs between H2 and PostgreSQL, hence one file per vendor.
CREATE TABLE IF NOT EXISTS page (
    url              VARCHAR(2048) PRIMARY KEY,
    http_status      INT           NOT NULL,
    content_type     VARCHAR(200),
    etag             VARCHAR(500),
    last_modified    VARCHAR(100),
    content_hash     VARCHAR(64)   NOT NULL,
    -- The hash last extracted (loaded or rejected): a page is unchanged only against this, so a
    -- page stored by a run that died before extracting it is still extracted by the next run.
    extracted_hash   VARCHAR(64),
    body_gzip        BYTEA NOT NULL,
    body_bytes       INT           NOT NULL,
    first_fetched_at TIMESTAMP WITH TIME ZONE NOT NULL,
    fetched_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
