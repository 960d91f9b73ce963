-- The fetch and extract steps page through a run's urls in one state, in url order
-- (WHERE run_id = ? AND state = ? AND url > ? ORDER BY url). With url in the index the database
-- reads each page as a range, in order; without it every page sorted all the urls left in the
-- state, so paging through N urls cost in proportion to N squared (README, "Benchmarks").
DROP INDEX IF EXISTS frontier_run_state;
CREATE INDEX IF NOT EXISTS frontier_run_state_url ON frontier (run_id, state, url);
