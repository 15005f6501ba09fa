-- The limit of 10 push devices a person (private.push_subscriptions_limit, a before-insert
-- trigger) counted the devices of whatever user_id the new row named and raised
-- "too many push devices" before row-level security had its say, because a before-trigger
-- runs first. So anyone signed in learned, by inserting a device in someone else's name
-- through the database API, whether that person had 10 or more devices (the policy's
-- refusal when fewer, the limit's when more). Now a signed-in caller who names anyone but
-- themselves gets the policy's refusal (42501, the same words) before anything is counted.
-- The service path (no signed-in caller) is limited as before.
create or replace function private.push_subscriptions_limit() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if (select auth.uid()) is not null and new.user_id is distinct from (select auth.uid()) then
    raise exception 'new row violates row-level security policy for table "push_subscriptions"'
      using errcode = '42501';
  end if;
  if (select count(*) from public.push_subscriptions where user_id = new.user_id) >= 10 then
    raise exception 'too many push devices' using errcode = 'P0001', hint = 'push_device_limit';
  end if;
  return new;
end $$;
comment on function private.push_subscriptions_limit() is
  'Refuses an 11th push device for one person, and (as the policy would) a device in someone else''s name before counting theirs.';
-- A trigger function, not an API (it had the default execute for public).
revoke execute on function private.push_subscriptions_limit() from public, anon, authenticated;
