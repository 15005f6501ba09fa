-- Web Push (issue 13, point 11): the devices on which a person turned push messages on.
-- A browser's push subscription is its endpoint (a secret address at the browser's push
-- service) and the keys that encrypt messages for it. A person sees, adds, changes the
-- kinds of and removes only their own; the server's service path reads them to send
-- and removes the ones the push service says are gone (404/410).

create table public.push_subscriptions (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  endpoint text not null check (endpoint ~ '^https://' and length(endpoint) <= 2048),
  -- The browser's P-256 public key (65 bytes) and auth secret (16 bytes), base64url.
  p256dh text not null check (p256dh ~ '^[A-Za-z0-9_-]{86,88}$'),
  auth text not null check (auth ~ '^[A-Za-z0-9_-]{22,24}$'),
  -- The language the messages are written in (the app's language when turned on).
  locale text not null default 'nl' check (locale in ('nl', 'en')),
  -- Which kinds of notification come as a push message on this device.
  kinds text[] not null default array['circles', 'gatherings', 'volunteers', 'help']
    check (kinds <@ array['circles', 'gatherings', 'volunteers', 'help']),
  created_at timestamptz not null default now(),
  unique (user_id, endpoint)
);
comment on table public.push_subscriptions is 'Devices on which a person turned on push messages (Web Push endpoint and keys), with the kinds they want.';

alter table public.push_subscriptions enable row level security;
grant select, insert, delete on public.push_subscriptions to authenticated;
grant update (kinds, locale) on public.push_subscriptions to authenticated;
grant all on public.push_subscriptions to service_role;

create policy "People read their own push devices"
  on public.push_subscriptions for select to authenticated
  using (user_id = (select auth.uid()));

create policy "People add push devices for themselves"
  on public.push_subscriptions for insert to authenticated
  with check (user_id = (select auth.uid()));

create policy "People change the kinds of their own push devices"
  on public.push_subscriptions for update to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));

create policy "People remove their own push devices"
  on public.push_subscriptions for delete to authenticated
  using (user_id = (select auth.uid()));

-- At most 10 devices a person: enough for phones, tablets and computers, not a flood.
create function private.push_subscriptions_limit() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if (select count(*) from public.push_subscriptions where user_id = new.user_id) >= 10 then
    raise exception 'too many push devices' using errcode = 'P0001', hint = 'push_device_limit';
  end if;
  return new;
end $$;
comment on function private.push_subscriptions_limit() is 'Refuses an 11th push device for one person.';

create trigger push_subscriptions_limit before insert on public.push_subscriptions
  for each row execute function private.push_subscriptions_limit();
