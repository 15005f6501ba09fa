-- Bookkeeping for the embedded email one-time-code sign-in, used when Supabase Auth is
-- not configured. Only the server's service path touches it; request roles get nothing.

create schema if not exists kring_auth;
revoke all on schema kring_auth from public;

create table kring_auth.one_time_codes (
  id uuid primary key default gen_random_uuid(),
  email text not null,
  code_hash text not null,
  attempts int not null default 0,
  expires_at timestamptz not null,
  used_at timestamptz,
  created_at timestamptz not null default now()
);
comment on table kring_auth.one_time_codes is 'Hashed sign-in codes: they expire, are single-use and allow few attempts.';
create index one_time_codes_email_idx on kring_auth.one_time_codes (email, created_at desc);

create table kring_auth.sessions (
  id uuid primary key default gen_random_uuid(),
  token_hash text not null unique,
  user_id uuid not null references auth.users (id) on delete cascade,
  expires_at timestamptz not null,
  created_at timestamptz not null default now()
);
comment on table kring_auth.sessions is 'Signed-in browser sessions; the cookie holds a random token, this table only its hash.';
create index sessions_user_idx on kring_auth.sessions (user_id);

alter table kring_auth.one_time_codes enable row level security;
alter table kring_auth.sessions enable row level security;
