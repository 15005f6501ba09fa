-- Hosts change a gathering, not only cancel it (issue 13.6): its time, place, capacity and
-- title, for one date or for this date and every later date of its series; and they cancel
-- one date of a series. Members who said yes are told in the app.
--
-- The rules hold for every client, also a direct update over the Data API: the existing
-- policy "Hosts change gatherings" decides who may update, and the trigger below decides
-- what may change. public.change_gathering is a convenience for the series edit and runs
-- as the caller (security invoker), so it can do nothing a host could not do directly.

-- What a person may change in a gathering, and when.
-- Not security definer: it asks who is changing the row (current_user), and the hosts who
-- may change a gathering see all its answers.
create function public.guard_gathering_change() returns trigger
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
comment on function public.guard_gathering_change() is 'Trigger: people change only gatherings that have not started or been cancelled, never their circle or series, and never to fewer places than yes answers.';
revoke execute on function public.guard_gathering_change() from public, anon, authenticated;

create trigger gatherings_guard_change
  before update on public.gatherings
  for each row execute function public.guard_gathering_change();

-- Members who said yes hear about a new time or place, or a cancelled date: one
-- notification per person per change, also when a change covers many dates of a series.
create function public.tell_gathering_change() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  c public.circles;
  what text;
begin
  if old.starts_at <= now() or new.starts_at <= now() then
    return null;
  end if;
  if new.cancelled_at is not null and old.cancelled_at is null then
    what := 'gathering_cancelled';
  elsif new.cancelled_at is null and (
    new.starts_at is distinct from old.starts_at or new.ends_at is distinct from old.ends_at
    or new.location_name is distinct from old.location_name or new.address is distinct from old.address
    or new.room is distinct from old.room or new.online_url is distinct from old.online_url
  ) then
    what := 'gathering_changed';
  else
    return null;
  end if;
  select * into c from public.circles where id = new.circle_id;
  perform public.notify(r.user_id, what,
    jsonb_build_object('circle', c.name, 'circle_en', coalesce(c.name_en, ''),
      'title', new.title, 'title_en', coalesce(new.title_en, ''),
      'starts_at', new.starts_at, 'old_starts_at', old.starts_at,
      'series', coalesce(new.series_id, new.id)),
    '/gatherings/' || new.id)
  from public.gathering_rsvps r
  where r.gathering_id = new.id and r.answer = 'yes'
    and r.user_id is distinct from (select auth.uid())
    and not exists (
      select 1 from public.notifications n
      where n.user_id = r.user_id and n.kind = what and n.created_at = now()
        and n.payload ->> 'series' = coalesce(new.series_id, new.id)::text
    );
  return null;
end;
$$;
comment on function public.tell_gathering_change() is 'Trigger: tells members who said yes that a gathering moved, changed place or was cancelled.';
revoke execute on function public.tell_gathering_change() from public, anon, authenticated;

create trigger gatherings_tell_change
  after update on public.gatherings
  for each row execute function public.tell_gathering_change();

-- Changes one gathering, or (later_too) also every later date of its series that is not
-- cancelled. Only what differs from this gathering is carried over to the later dates: a
-- new time, a shift of the date by the same number of days, a new length, place, capacity
-- or title; a later date keeps what was changed for it alone. Times are wall-clock times
-- in the gathering's time zone, so 19:30 stays 19:30 across daylight-saving changes.
-- Returns how many gatherings changed.
create function public.change_gathering(
  gathering uuid,
  later_too boolean,
  new_date date,
  new_time time,
  new_minutes int,
  new_title text,
  new_title_en text,
  new_location_name text,
  new_address text,
  new_room text,
  new_online_url text,
  new_capacity int
) returns int
language plpgsql security invoker set search_path = '' as $$
declare
  g public.gatherings;
  here timestamp;
  here_minutes int;
  changed int;
begin
  select * into g from public.gatherings where id = gathering;
  if not found or not private.is_circle_host(g.circle_id) then
    raise exception 'not_host' using errcode = '42501';
  end if;
  if g.starts_at <= now() then
    raise exception 'gathering_over' using errcode = 'P0001';
  end if;
  if g.cancelled_at is not null then
    raise exception 'gathering_cancelled' using errcode = 'P0001';
  end if;
  if new_date is null or new_time is null or new_minutes is null or new_minutes not between 15 and 720 then
    raise exception 'a date, a time and a length of 15 to 720 minutes' using errcode = '22023';
  end if;
  -- This gathering's wall-clock start and length, to see what the host changed.
  here := g.starts_at at time zone g.time_zone;
  here_minutes := round(extract(epoch from g.ends_at - g.starts_at) / 60);

  update public.gatherings t set
    starts_at = p.new_local at time zone t.time_zone,
    ends_at = (p.new_local at time zone t.time_zone) + make_interval(mins => p.new_length),
    title = case when t.id = g.id or new_title is distinct from g.title then new_title else t.title end,
    title_en = case when t.id = g.id or nullif(new_title_en, '') is distinct from g.title_en
                    then nullif(new_title_en, '') else t.title_en end,
    location_name = case when t.id = g.id or new_location_name is distinct from g.location_name
                         then new_location_name else t.location_name end,
    address = case when t.id = g.id or new_address is distinct from g.address then new_address else t.address end,
    room = case when t.id = g.id or new_room is distinct from g.room then new_room else t.room end,
    online_url = case when t.id = g.id or nullif(new_online_url, '') is distinct from g.online_url
                      then nullif(new_online_url, '') else t.online_url end,
    capacity = case when t.id = g.id or new_capacity is distinct from g.capacity then new_capacity else t.capacity end
  from (
    select x.id,
      -- the same shift of days for every date; the new time, or each date's own
      (x.local_start::date + (new_date - here::date))
        + case when x.id = g.id or new_time is distinct from here::time then new_time
               else x.local_start::time end as new_local,
      case when x.id = g.id or new_minutes is distinct from here_minutes then new_minutes
           else x.minutes end as new_length
    from (
      select s.id, s.starts_at at time zone s.time_zone as local_start,
        round(extract(epoch from s.ends_at - s.starts_at) / 60)::int as minutes
      from public.gatherings s
      where s.id = g.id
         or (later_too and g.series_id is not null and s.series_id = g.series_id
             and s.series_index > g.series_index and s.cancelled_at is null and s.starts_at > now())
    ) x
  ) p
  where t.id = p.id;
  get diagnostics changed = row_count;
  return changed;
end;
$$;
comment on function public.change_gathering(uuid, boolean, date, time, int, text, text, text, text, text, text, int) is
  'A host changes a gathering, or also the later dates of its series (security invoker: row-level security and the change trigger decide).';
revoke execute on function public.change_gathering(uuid, boolean, date, time, int, text, text, text, text, text, text, int) from public, anon;
grant execute on function public.change_gathering(uuid, boolean, date, time, int, text, text, text, text, text, text, int) to authenticated;
