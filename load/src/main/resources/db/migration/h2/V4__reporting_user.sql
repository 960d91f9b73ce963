-- The read-only user that `query` (and BI tools) connect as: the database refuses its writes.
CREATE USER IF NOT EXISTS ${reportingUser} PASSWORD '${reportingPassword}';
GRANT SELECT ON SCHEMA PUBLIC TO ${reportingUser};
