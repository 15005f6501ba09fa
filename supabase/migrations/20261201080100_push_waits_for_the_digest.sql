-- A notification someone chose to get in their daily digest is not pushed at once: the push
-- comes with the digest itself (its own notification), so the two settings agree.

create or replace function private.queue_push() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if not new.held_for_digest and exists (
    select 1 from public.push_subscriptions s
    where s.user_id = new.user_id and private.push_group(new.kind) = any (s.kinds)
  ) then
    insert into private.push_outbox (user_id, push_group)
    values (new.user_id, private.push_group(new.kind));
  end if;
  return new;
end $$;
comment on function private.queue_push() is 'Queues a push message for a new notification when the person has a device that wants its kind, unless it waits for their daily digest.';
revoke execute on function private.queue_push() from public, anon, authenticated;
