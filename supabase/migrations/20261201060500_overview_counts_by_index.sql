-- Faster overview counts (npm run bench:worker). The caller's neighbourhoods were a
-- semi-join the planner could check row by row, calling private.worker_covers() for every
-- question; now they are one array, computed once. The circle health read each circle's
-- hosts from a CTE scanned once per circle: quadratic for an admin looking at a whole city
-- (1,500 circles: seconds). Now each figure is an index lookup per circle (memberships by
-- primary key, gatherings and chat by circle).

create or replace function private.overview_questions(hoods uuid[])
returns table (neighbourhood_id uuid, theme_slug text, weeks_ago int, asked int, open_now int)
language sql stable security definer set search_path = '' as $$
  select q.neighbourhood_id, t.slug,
         case when q.created_at > now() - interval '84 days'
              then least(11, floor(extract(epoch from (now() - q.created_at)) / 604800)::int) end,
         count(*)::int,
         count(*) filter (where q.status = 'open')::int
  from public.questions q
  cross join lateral unnest(q.theme_slugs) as t(slug)
  where q.neighbourhood_id = any (array(select h from unnest(hoods) as h where private.worker_covers(h)))
    and (q.status = 'open' or q.created_at > now() - interval '84 days')
  group by 1, 2, 3
$$;

create or replace function private.overview_help_requests(hoods uuid[])
returns table (neighbourhood_id uuid, skill_slug text, open int, waiting_long int, requesters int, hours numeric)
language sql stable security definer set search_path = '' as $$
  select r.neighbourhood_id, r.skill_slug, count(*)::int,
         count(*) filter (where r.created_at < now() - interval '14 days')::int,
         count(distinct r.requester_id)::int,
         coalesce(sum(r.hours), 0)
  from public.help_requests r
  where r.status = 'open'
    and r.neighbourhood_id = any (array(select h from unnest(hoods) as h where private.worker_covers(h)))
  group by 1, 2
$$;

create or replace function private.overview_volunteer_hours(hoods uuid[])
returns table (neighbourhood_id uuid, skill_slug text, volunteers int, hours numeric)
language sql stable security definer set search_path = '' as $$
  select n.id, s.slug, count(*)::int, coalesce(sum(v.hours_per_week), 0)
  from public.volunteer_profiles v
  cross join lateral unnest(v.neighbourhood_ids) as n(id)
  cross join lateral unnest(v.skills) as s(slug)
  where v.status = 'active'
    and n.id = any (array(select h from unnest(hoods) as h where private.worker_covers(h)))
  group by 1, 2
$$;

create or replace function private.overview_circles(hoods uuid[])
returns table (
  id uuid, slug text, name text, name_en text, neighbourhood_id uuid, capacity int,
  members int, messages_30d int, gatherings_30d int, next_gathering timestamptz,
  waiting int, host_last_active timestamptz)
language sql stable security definer set search_path = '' as $$
  select c.id, c.slug, c.name, c.name_en, c.neighbourhood_id, c.capacity,
    (select count(*) from public.memberships m where m.circle_id = c.id)::int,
    (select count(*) from public.chat_messages cm
      where cm.circle_id = c.id and cm.created_at > now() - interval '30 days' and cm.deleted_at is null)::int,
    (select count(*) from public.gatherings g
      where g.circle_id = c.id and g.cancelled_at is null
        and g.starts_at > now() - interval '30 days' and g.starts_at <= now())::int,
    (select min(g.starts_at) from public.gatherings g
      where g.circle_id = c.id and g.cancelled_at is null and g.starts_at > now()),
    (select count(*) from public.join_requests r where r.circle_id = c.id and r.status = 'waiting')::int,
    greatest(
      (select max(h.joined_at) from public.memberships h where h.circle_id = c.id and h.role = 'host'),
      (select max(g.created_at) from public.gatherings g
        join public.memberships h on h.circle_id = g.circle_id and h.user_id = g.created_by and h.role = 'host'
        where g.circle_id = c.id),
      (select max(cm.created_at) from public.chat_messages cm
        join public.memberships h on h.circle_id = cm.circle_id and h.user_id = cm.author_id and h.role = 'host'
        where cm.circle_id = c.id and cm.created_at > now() - interval '30 days'))
  from public.circles c
  where c.status = 'published'
    and c.neighbourhood_id = any (array(select h from unnest(hoods) as h where private.worker_covers(h)))
$$;

-- Messages of the last 30 days per circle, without reading a long chat from its start.
create index chat_messages_circle_created_idx on public.chat_messages (circle_id, created_at);
