-- A publication whose page answered 404 or 410 is kept and flagged; loading it again clears the flag.
ALTER TABLE publication ADD COLUMN IF NOT EXISTS gone_at TIMESTAMP WITH TIME ZONE;
