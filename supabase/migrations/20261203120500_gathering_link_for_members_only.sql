-- The link of an online gathering (a video call) is for the circle's members: the app
-- showed it only to them (case when is_circle_member ... then online_url), but select on
-- public.gatherings was granted on every column, and "Everyone reads gatherings of listed
-- circles" lets anon and every signed-in person read the rows of public circles. So anyone
-- with the public API key read the meeting link of every online circle (say the online
-- circle for relatives of someone with an addiction) and could sit in on the call.
-- Now online_url is not granted to anon or authenticated; members read it through
-- private.gathering_online_url(), and public.change_gathering (security invoker) reads it
-- that way too. Hosts still write it (insert, update).

create function private.gathering_online_url(gathering uuid) returns text
language sql stable security definer set search_path = '' as $$
  select g.online_url from public.gatherings g
  where g.id = gathering and private.is_circle_member(g.circle_id)
$$;
comment on function private.gathering_online_url(uuid) is
  'The online link of a gathering, for the members of its circle only (null for anyone else).';
revoke execute on function private.gathering_online_url(uuid) from public;
grant execute on function private.gathering_online_url(uuid) to anon, authenticated, service_role;

revoke select on public.gatherings from anon, authenticated;
grant select (id, circle_id, series_id, series_index, recurrence, title, title_en, description,
  starts_at, ends_at, time_zone, location_name, address, room, capacity, cancelled_at,
  reminder_sent_at, created_by, created_at) on public.gatherings to anon, authenticated;

create or replace function public.change_gathering(gathering uuid, later_too boolean, new_date date, new_time time without time zone, new_minutes integer, new_title text, new_title_en text, new_location_name text, new_address text, new_room text, new_online_url text, new_capacity integer)
returns integer
language plpgsql set search_path = '' as $function$
declare
  g record;
  here timestamp;
  here_minutes int;
  changed int;
begin
  -- Named columns (not *): online_url is not granted to authenticated; the host reads it
  -- through private.gathering_online_url.
  select x.id, x.circle_id, x.series_id, x.series_index, x.title, x.title_en, x.starts_at,
         x.ends_at, x.time_zone, x.location_name, x.address, x.room, x.capacity, x.cancelled_at,
         private.gathering_online_url(x.id) as online_url
    into g from public.gatherings x where x.id = gathering;
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
                      then nullif(new_online_url, '') else private.gathering_online_url(t.id) end,
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
$function$;
