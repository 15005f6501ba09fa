-- When an account is erased, one row remains: a random id and the date, nothing that
-- points back to the person. It lets Kring count erasures and prove when they happened.
-- Schema private: the Data API does not expose it, and no request role may read it.

create table private.account_erasures (
  id uuid primary key default gen_random_uuid(),
  erased_on date not null default current_date
);
comment on table private.account_erasures is 'One row per erased account: a random id and the date only (no user id, email or name).';

alter table private.account_erasures enable row level security;
revoke all on private.account_erasures from public, anon, authenticated;
grant select on private.account_erasures to service_role;
