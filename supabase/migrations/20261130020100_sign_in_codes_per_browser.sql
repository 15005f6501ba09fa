-- Targeted lockout (issue 10, point 14): a stranger who knows someone's email address
-- must not be able to stop that person from signing in. So a sign-in code belongs to the
-- browser that asked for it (a random cookie, stored here only as a hash): wrong guesses
-- from elsewhere cannot use up or replace it, and a new request replaces only the codes
-- of that same browser. Browsers that signed in to an address before are remembered, so
-- the per-address limit on sending codes never stops the owner's own browser.

alter table kring_auth.one_time_codes add column requester_hash text;
comment on column kring_auth.one_time_codes.requester_hash is 'sha256 of the random cookie of the browser that asked for this code; only that browser can use it.';
create index one_time_codes_requester_idx
  on kring_auth.one_time_codes (email, requester_hash, created_at desc);

create table kring_auth.known_devices (
  token_hash text not null,
  email text not null,
  expires_at timestamptz not null,
  created_at timestamptz not null default now(),
  primary key (token_hash, email)
);
comment on table kring_auth.known_devices is 'Browsers that signed in to an email address before (hash of a random cookie); their code requests are not counted against that address.';
create index known_devices_expires_idx on kring_auth.known_devices (expires_at);

-- Only the server's service path touches kring_auth; request roles get nothing.
alter table kring_auth.known_devices enable row level security;
