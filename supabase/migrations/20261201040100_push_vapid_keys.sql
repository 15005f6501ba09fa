-- Web Push (issue 13, point 11): the server's VAPID key pair, made once at first start by
-- the app (web-push's generateVAPIDKeys) and kept here so every process and every restart
-- signs with the same key (browsers tie a subscription to the public key). Schema private:
-- the Data API does not expose it, and only the service path reads it.

create table private.push_vapid_keys (
  singleton boolean primary key default true check (singleton),
  public_key text not null check (public_key ~ '^[A-Za-z0-9_-]{86,88}$'),
  private_key text not null check (private_key ~ '^[A-Za-z0-9_-]{42,44}$'),
  created_at timestamptz not null default now()
);
comment on table private.push_vapid_keys is 'The one VAPID key pair that signs Kring''s push messages; never exposed to clients.';

alter table private.push_vapid_keys enable row level security;
revoke all on private.push_vapid_keys from public, anon, authenticated;
grant all on private.push_vapid_keys to service_role;
