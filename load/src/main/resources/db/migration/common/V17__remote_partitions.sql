-- Remote partitioning (README, "Beyond one machine"). A distributed run's manager assigns each url it
-- discovered to one partition, by host, so that the partition's worker alone fetches that host; the
-- fetch and extract steps of a partition read only its urls. Null in runs of one process.
ALTER TABLE frontier ADD COLUMN IF NOT EXISTS partition_no INT;

-- Which worker took which partition (a step execution of the job repository) and when it last said it
-- was alive: a worker that dies mid-partition stops beating, and the manager fails its partition at
-- once instead of waiting for its time-out. The key also keeps a partition request that the broker
-- delivers twice from being run twice.
CREATE TABLE IF NOT EXISTS partition_claim (
    step_execution_id BIGINT PRIMARY KEY,
    worker VARCHAR(200) NOT NULL,
    claimed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    beat_at TIMESTAMP WITH TIME ZONE NOT NULL
);
