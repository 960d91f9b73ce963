-- The read-only role that `query` (and BI tools) connect as: the database refuses its writes.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${reportingUser}') THEN
        CREATE ROLE ${reportingUser} LOGIN PASSWORD '${reportingPassword}';
    END IF;
END
$$;
GRANT USAGE ON SCHEMA public TO ${reportingUser};
GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${reportingUser};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO ${reportingUser};
ALTER ROLE ${reportingUser} SET default_transaction_read_only = on;
