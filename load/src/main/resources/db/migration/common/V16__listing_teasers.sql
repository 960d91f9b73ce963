-- What the listing showed of each url (a digest of its entry's text), so that a url whose listing entry
-- changes (a new title, date or abstract teaser) is due at once whatever the revisit schedule says.
-- teaser_changed is set by discovery and cleared once the url has been fetched, so a run that fails
-- before its fetch leaves it set for the next.
ALTER TABLE frontier ADD COLUMN IF NOT EXISTS teaser_hash VARCHAR(64);
ALTER TABLE frontier ADD COLUMN IF NOT EXISTS teaser_changed BOOLEAN DEFAULT FALSE NOT NULL;
