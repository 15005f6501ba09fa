-- One definition of a worker's area. "A worker covers the circles in a neighbourhood of their
-- area, and every circle without a neighbourhood" was written out in can_moderate_circle,
-- moderated_circle_ids (the moderation log's set filter) and staff_names, and the rule for
-- profile reports ("the reported person lives in the area, or shares a circle there with the
-- reporter") in can_handle_subject_report, handled_subject_report_ids and staff_names: a change
-- to one copy (as round 10 made three times) left the others behind, and a worker read more in
-- one place than in another. Now:
--   private.my_area_neighbourhoods()  the neighbourhoods of the signed-in worker's area
--   private.my_area_circles()         the circles that area covers
--   private.moderated_circle_ids()    + hosted circles (+ all for an admin)
--   private.handled_subject_report_ids()  the reports a worker handles
-- and can_moderate_circle, can_handle_subject_report, staff_names and the subject reports'
-- policy ask these sets. Who reads what is unchanged (the tests compare every role on every
-- row); create or replace keeps the oids, so the policies and functions that call them follow.

create function private.my_area_neighbourhoods() returns setof uuid
language sql stable as $$
  select w.neighbourhood_id from public.worker_areas w
  where w.worker_id = (select auth.uid()) and (select private.has_role('worker'))
$$;
comment on function private.my_area_neighbourhoods() is
  'The neighbourhoods of the signed-in worker''s area (none for anyone who is not a worker). The one place a worker''s area is read.';
revoke execute on function private.my_area_neighbourhoods() from public, anon;
grant execute on function private.my_area_neighbourhoods() to authenticated, service_role;

create function private.my_area_circles() returns setof uuid
language sql stable as $$
  select c.id from public.circles c
  where (select private.has_role('worker'))
    and (c.neighbourhood_id is null
         or c.neighbourhood_id in (select a.id from private.my_area_neighbourhoods() a (id)))
$$;
comment on function private.my_area_circles() is
  'The circles the signed-in worker''s area covers: those in a neighbourhood of it, and every circle without a neighbourhood (none for anyone who is not a worker). The one definition of the area rule for circles.';
revoke execute on function private.my_area_circles() from public, anon;
grant execute on function private.my_area_circles() to authenticated, service_role;

create or replace function private.moderated_circle_ids() returns setof uuid
language sql stable security definer set search_path = '' as $$
  select c.id from public.circles c where (select private.has_role('admin'))
  union
  select a.id from private.my_area_circles() a (id)
  union
  select m.circle_id from public.memberships m
  where m.user_id = (select auth.uid()) and m.role = 'host'
$$;

-- The same answer for "no such circle" as for "not yours": false, from one lookup in the set.
create or replace function private.can_moderate_circle(circle uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.is_circle_host(circle)
    or private.has_role('admin')
    or circle in (select a.id from private.my_area_circles() a (id))
$$;

create or replace function private.handled_subject_report_ids() returns setof uuid
language sql stable security definer set search_path = '' as $$
  -- The area once per call (asked inside each report's lookup it was asked per report).
  with areas as materialized (select a.id as neighbourhood_id from private.my_area_neighbourhoods() a (id)),
       circles as materialized (select m.id from private.moderated_circle_ids() m (id))
  select s.id from public.subject_reports s
  where (select private.has_role('admin'))
     or ((select private.has_role('worker')) and (
       (s.kind = 'circle' and s.circle_id in (select id from circles))
       or (s.kind = 'profile' and (
         exists (
           select 1 from public.profiles p
           where p.id = s.profile_id and p.neighbourhood_id in (select neighbourhood_id from areas)
         )
         or exists (
           select 1
           from public.memberships a
           join public.memberships b on b.circle_id = a.circle_id
           join public.circles c on c.id = a.circle_id
           where a.user_id = s.reporter_id and b.user_id = s.profile_id
             and c.neighbourhood_id in (select neighbourhood_id from areas)
         )
       ))
     ))
$$;

create or replace function private.can_handle_subject_report(report uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select report in (select private.handled_subject_report_ids())
$$;

-- The policy looks each row up in the set (worked out once per query), not a call per row.
drop policy "Admins and the area's workers read reports" on public.subject_reports;
create policy "Admins and the area's workers read reports"
  on public.subject_reports for select to authenticated
  using ((select private.has_role('admin'))
         or id in (select private.handled_subject_report_ids()));

create or replace function private.staff_names(people uuid[]) returns table (id uuid, name text)
language sql stable security definer set search_path = '' as $$
  with me as (
    select (select auth.uid()) as uid,
           (select private.has_role('admin')) as admin,
           (select private.has_role('worker')) as worker,
           array(select a.id from private.my_area_neighbourhoods() a (id)) as hoods
  )
  select p.id, coalesce(p.pseudonym, p.display_name)
  from public.profiles p, me
  where p.id = any (people) and me.uid is not null and (
    me.admin
    or (me.worker and (
      -- a member of a circle in the worker's area
      p.id in (
        select m.user_id from public.memberships m
        where m.user_id = any (people) and m.circle_id in (select a.id from private.my_area_circles() a (id))
      )
      -- the writer of a question in the area
      or p.id in (
        select q.user_id from public.questions q
        where q.user_id = any (people) and q.neighbourhood_id = any (me.hoods)
      )
      -- reported, and living in the area
      or (p.neighbourhood_id = any (me.hoods) and p.id in (
        select s.profile_id from public.subject_reports s
        where s.profile_id = any (people) and s.kind = 'profile'
      ))
      -- the actor of a log entry about a circle the worker moderates
      or p.id in (
        select l.actor_id from public.moderation_log l
        where l.actor_id = any (people) and l.circle_id in (select x.id from private.moderated_circle_ids() x (id))
      )
      -- the actor of a log entry about a profile report the worker handles
      or p.id in (
        select l.actor_id from public.moderation_log l
        join public.subject_reports s on s.id = l.report_id
        where l.actor_id = any (people) and l.circle_id is null and s.kind = 'profile'
          and s.id in (select h.id from private.handled_subject_report_ids() h (id))
      )
    ))
  )
$$;
