-- The workers' overview (issue 14 point 1): counts per neighbourhood, never rows about
-- people. Workers may not read residents' questions, memberships or chat, so these
-- security-definer functions count for them, only in the neighbourhoods the caller
-- covers (private.worker_covers: their area, admins all); other neighbourhoods are left
-- out. They live in schema private, which the Data API does not expose: the server calls
-- them as the signed-in worker and applies small-count suppression
-- (src/lib/server/overview/suppression.ts) before anything is shown or exported.

-- Questions per neighbourhood and theme: asked per week over the last 12 weeks
-- (weeks_ago 0 = the last 7 days; null = earlier) and how many of those are open now.
create function private.overview_questions(hoods uuid[])
returns table (neighbourhood_id uuid, theme_slug text, weeks_ago int, asked int, open_now int)
language sql stable security definer set search_path = '' as $$
  with allowed as (
    select h from unnest(hoods) as h where private.worker_covers(h)
  )
  select q.neighbourhood_id, t.slug,
         case when q.created_at > now() - interval '84 days'
              then least(11, floor(extract(epoch from (now() - q.created_at)) / 604800)::int) end,
         count(*)::int,
         count(*) filter (where q.status = 'open')::int
  from public.questions q
  cross join lateral unnest(q.theme_slugs) as t(slug)
  where q.neighbourhood_id in (select h from allowed)
    and (q.status = 'open' or q.created_at > now() - interval '84 days')
  group by 1, 2, 3
$$;
comment on function private.overview_questions(uuid[]) is 'Overview: questions asked per neighbourhood, theme and week (last 12 weeks) and open now; only the caller''s neighbourhoods.';

-- Circles' health: members, messages and gatherings in the last 30 days, the next
-- gathering, the waiting list, and when a host last did something in the circle.
create function private.overview_circles(hoods uuid[])
returns table (
  id uuid, slug text, name text, name_en text, neighbourhood_id uuid, capacity int,
  members int, messages_30d int, gatherings_30d int, next_gathering timestamptz,
  waiting int, host_last_active timestamptz)
language sql stable security definer set search_path = '' as $$
  with allowed as (
    select h from unnest(hoods) as h where private.worker_covers(h)
  ),
  shown as (
    select c.* from public.circles c
    where c.status = 'published' and c.neighbourhood_id in (select h from allowed)
  ),
  hosts as (
    select m.circle_id, m.user_id, m.joined_at from public.memberships m
    where m.role = 'host' and m.circle_id in (select s.id from shown s)
  )
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
      (select max(h.joined_at) from hosts h where h.circle_id = c.id),
      (select max(g.created_at) from public.gatherings g
        where g.circle_id = c.id and g.created_by in (select h.user_id from hosts h where h.circle_id = c.id)),
      (select max(cm.created_at) from public.chat_messages cm
        where cm.circle_id = c.id and cm.created_at > now() - interval '30 days'
          and cm.author_id in (select h.user_id from hosts h where h.circle_id = c.id)))
  from shown c
$$;
comment on function private.overview_circles(uuid[]) is 'Overview: health of the published circles in the caller''s neighbourhoods (counts and dates, no people).';

-- Help requests per neighbourhood and skill: open, open longer than 14 days, hours asked.
create function private.overview_help_requests(hoods uuid[])
returns table (neighbourhood_id uuid, skill_slug text, open int, waiting_long int, requesters int, hours numeric)
language sql stable security definer set search_path = '' as $$
  with allowed as (
    select h from unnest(hoods) as h where private.worker_covers(h)
  )
  select r.neighbourhood_id, r.skill_slug, count(*)::int,
         count(*) filter (where r.created_at < now() - interval '14 days')::int,
         count(distinct r.requester_id)::int,
         coalesce(sum(r.hours), 0)
  from public.help_requests r
  where r.status = 'open' and r.neighbourhood_id in (select h from allowed)
  group by 1, 2
$$;
comment on function private.overview_help_requests(uuid[]) is 'Overview: open help requests per neighbourhood and skill (waiting longer than 14 days, hours asked); only the caller''s neighbourhoods.';

-- Volunteers per neighbourhood and skill, with their hours a week (a volunteer's hours
-- count for each skill and neighbourhood they offer: hours that could go there).
create function private.overview_volunteer_hours(hoods uuid[])
returns table (neighbourhood_id uuid, skill_slug text, volunteers int, hours numeric)
language sql stable security definer set search_path = '' as $$
  with allowed as (
    select h from unnest(hoods) as h where private.worker_covers(h)
  )
  select n.id, s.slug, count(*)::int, coalesce(sum(v.hours_per_week), 0)
  from public.volunteer_profiles v
  cross join lateral unnest(v.neighbourhood_ids) as n(id)
  cross join lateral unnest(v.skills) as s(slug)
  where v.status = 'active' and n.id in (select h from allowed)
  group by 1, 2
$$;
comment on function private.overview_volunteer_hours(uuid[]) is 'Overview: active volunteers and their weekly hours per neighbourhood and skill; only the caller''s neighbourhoods.';

revoke execute on function private.overview_questions(uuid[]) from public, anon;
revoke execute on function private.overview_circles(uuid[]) from public, anon;
revoke execute on function private.overview_help_requests(uuid[]) from public, anon;
revoke execute on function private.overview_volunteer_hours(uuid[]) from public, anon;
grant execute on function private.overview_questions(uuid[]) to authenticated;
grant execute on function private.overview_circles(uuid[]) to authenticated;
grant execute on function private.overview_help_requests(uuid[]) to authenticated;
grant execute on function private.overview_volunteer_hours(uuid[]) to authenticated;
