-- Hosts write only the columns of a gathering that the app writes. Insert and update on
-- public.gatherings were granted on every column, so a host, through the database API, could
-- plan a gathering with a chosen id and created_at (backdated: it read as planned weeks ago,
-- which the workers' overview counts), with reminder_sent_at already set or set it later on a
-- planned gathering (its members never got the reminder), or planned it already cancelled.
-- created_by stays insertable: the policy "Hosts plan gatherings" holds it to auth.uid(), and
-- the trigger guard_gathering_change keeps it and created_at on update.
-- Insert: what planGatherings writes (src/lib/server/gatherings/index.ts). Update: what
-- public.change_gathering (security invoker) and cancelGathering write, and the description.
revoke insert, update on public.gatherings from authenticated;
grant insert (circle_id, series_id, series_index, recurrence, title, title_en, description,
  starts_at, ends_at, location_name, address, room, online_url, capacity, created_by)
  on public.gatherings to authenticated;
grant update (title, title_en, description, starts_at, ends_at, location_name, address, room,
  online_url, capacity, cancelled_at)
  on public.gatherings to authenticated;

-- A cancellation's time is the server's (a host set cancelled_at to a time before it was).
create or replace function public.guard_gathering_change() returns trigger
language plpgsql set search_path = '' as $$
declare
  answered_yes int;
begin
  -- A new time means a new reminder.
  if new.starts_at is distinct from old.starts_at then
    new.reminder_sent_at := null;
  end if;
  if current_user not in ('anon', 'authenticated') then
    return new;
  end if;
  if new.circle_id <> old.circle_id or new.series_id is distinct from old.series_id
     or new.series_index <> old.series_index or new.created_by is distinct from old.created_by
     or new.created_at <> old.created_at or new.time_zone <> old.time_zone then
    raise exception 'a gathering stays in its circle and series' using errcode = '42501';
  end if;
  if old.starts_at <= now() then
    raise exception 'gathering_over' using errcode = 'P0001';
  end if;
  if old.cancelled_at is not null then
    raise exception 'gathering_cancelled' using errcode = 'P0001';
  end if;
  if new.cancelled_at is not null then
    new.cancelled_at := now();
  end if;
  if new.capacity is not null and new.capacity is distinct from old.capacity then
    select count(*) into answered_yes from public.gathering_rsvps
    where gathering_id = old.id and answer = 'yes';
    if new.capacity < answered_yes then
      raise exception 'capacity_below_yes' using errcode = 'P0001',
        detail = format('%s people said yes to this gathering.', answered_yes);
    end if;
  end if;
  return new;
end;
$$;
