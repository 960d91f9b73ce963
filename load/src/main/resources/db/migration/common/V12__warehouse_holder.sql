-- One harvest per warehouse: on PostgreSQL a run holds a session-level advisory lock, which the server
-- lets go when the holder's session ends, however it ends. This row only names the holder to a run that
-- is refused; it is overwritten by each new holder and decides nothing, so a row left by a killed
-- process never blocks anyone. On H2 the database file admits one process at a time and the row stays
-- empty. Portable SQL: the same file runs on H2 and PostgreSQL.
CREATE TABLE IF NOT EXISTS warehouse_holder (
    id           INT          NOT NULL PRIMARY KEY,
    host         VARCHAR(255) NOT NULL,
    pid          BIGINT       NOT NULL,
    session_pid  INT          NOT NULL,
    work         VARCHAR(200) NOT NULL,
    run_id       BIGINT,
    since        TIMESTAMP WITH TIME ZONE NOT NULL
);
