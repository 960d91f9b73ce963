-- The adaptive revisit schedule: per url, how long the stored copy is trusted before it is fetched
-- again, and when that is. Null (a copy stored before this version) means due now.
ALTER TABLE page ADD COLUMN IF NOT EXISTS revisit_interval_seconds BIGINT;
ALTER TABLE page ADD COLUMN IF NOT EXISTS next_due_at TIMESTAMP WITH TIME ZONE;
