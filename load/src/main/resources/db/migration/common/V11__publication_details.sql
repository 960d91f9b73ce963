-- Where in its venue a publication appeared, as the page's metadata states it (citation_volume,
-- prism.number, DC.Source.ISSN, ...). One statement a column, each safe to run again over its own
-- partial effect: DDL is not transactional on H2, so a kill between two statements leaves some
-- columns added and the next start adds the rest.
ALTER TABLE publication ADD COLUMN IF NOT EXISTS publisher VARCHAR(500);
ALTER TABLE publication ADD COLUMN IF NOT EXISTS volume VARCHAR(100);
ALTER TABLE publication ADD COLUMN IF NOT EXISTS issue VARCHAR(100);
ALTER TABLE publication ADD COLUMN IF NOT EXISTS first_page VARCHAR(100);
ALTER TABLE publication ADD COLUMN IF NOT EXISTS issn VARCHAR(9);
ALTER TABLE publication ADD COLUMN IF NOT EXISTS language VARCHAR(50);
