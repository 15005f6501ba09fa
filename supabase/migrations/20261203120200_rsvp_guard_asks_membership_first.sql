-- The RSVP guard (security definer, before insert or update) read the gathering past
-- row-level security and raised gathering_started, gathering_cancelled or gathering_full
-- before the insert policy ("Members answer for themselves") had its say, because a
-- before-trigger runs first. So anyone signed in who held the id of a private circle's
-- gathering learned from the error whether it was cancelled, had begun, or was full.
-- Now a signed-in caller who is not a member of the gathering's circle gets the refusal
-- the policy gives (42501, the same words) before the gathering is looked at or locked;
-- an id that does not exist is refused the same way. Members and the service path (no
-- signed-in caller) are guarded as before.
create or replace function public.guard_rsvp() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  g public.gatherings;
begin
  if (select auth.uid()) is not null and not private.is_circle_member(
    (select x.circle_id from public.gatherings x where x.id = new.gathering_id)
  ) then
    raise exception 'new row violates row-level security policy for table "gathering_rsvps"'
      using errcode = '42501';
  end if;
  select * into g from public.gatherings where id = new.gathering_id for update;
  if g.starts_at <= now() then
    raise exception 'gathering_started' using errcode = 'P0001';
  end if;
  if g.cancelled_at is not null then
    raise exception 'gathering_cancelled' using errcode = 'P0001';
  end if;
  if new.answer = 'yes' and g.capacity is not null and (
    select count(*) from public.gathering_rsvps r
    where r.gathering_id = g.id and r.answer = 'yes' and r.user_id <> new.user_id
  ) >= g.capacity then
    raise exception 'gathering_full' using errcode = 'P0001';
  end if;
  new.updated_at := now();
  return new;
end;
$$;
