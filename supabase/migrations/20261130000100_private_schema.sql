-- A schema that Supabase's Data API does not expose: security-definer helpers used by
-- policies and rule functions live here, so they cannot be called over REST.
create schema if not exists private;

comment on schema private is 'Helpers for policies and rules; not exposed by the Data API (only public is).';

revoke all on schema private from public;
-- Policies call these helpers as the querying role, so that role needs usage (not the API).
grant usage on schema private to anon, authenticated, service_role;
