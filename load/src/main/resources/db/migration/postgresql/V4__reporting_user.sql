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
-- Before PostgreSQL 15 every role may create tables in schema public, the reporting role too. Only
-- the schema's owner (or a superuser) can take that from PUBLIC, and the owner keeps the right; where
-- the migrating user cannot, docs/warehouse.md asks the server's administrator to.
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_namespace WHERE nspname = 'public' AND pg_has_role(current_user, nspowner, 'USAGE')) THEN
        REVOKE CREATE ON SCHEMA public FROM PUBLIC;
    END IF;
END
$$;
