-- private.staff_sees_name (20261203121200) asked private.worker_covers, can_moderate_circle
-- and can_handle_subject_report once for every membership, report and log entry of the
-- person, and /moderation/log asks for 200 actors a page, one call each: on a log of 5,000
-- entries that was most of a second of the page (npm run bench:moderation-log). Now the
-- rule lives in private.staff_names(people), which answers for many people at once: the
-- worker's neighbourhoods are read once into an array, each question below is one set
-- (restricted to the people asked about) that the people are looked up in, and the log
-- entries come through moderation_log_actor_idx. private.staff_sees_name(person) asks it
-- for one person; the log page asks it once for all its actors.
-- Who sees which name is unchanged. The profile-report case needs only the person's own
-- neighbourhood here: a report is also handled through a circle the reporter and the person
-- share in the worker's area, but then the person is a member of a circle in that area,
-- which the first question already answers. An entry without a circle is about a profile
-- report (a circle report's entry names its circle).
create function private.staff_names(people uuid[])
returns table (id uuid, name text)
language sql stable security definer set search_path = '' as $$
  with me as (
    select (select auth.uid()) as uid,
           (select private.has_role('admin')) as admin,
           (select private.has_role('worker')) as worker,
           array(select w.neighbourhood_id from public.worker_areas w
                 where w.worker_id = (select auth.uid())) as hoods
  )
  select p.id, coalesce(p.pseudonym, p.display_name)
  from public.profiles p, me
  where p.id = any (people) and me.uid is not null and (
    me.admin
    or (me.worker and (
      -- a member of a circle in the worker's area or without a neighbourhood
      p.id in (
        select m.user_id from public.memberships m join public.circles c on c.id = m.circle_id
        where m.user_id = any (people)
          and (c.neighbourhood_id is null or c.neighbourhood_id = any (me.hoods))
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
        select l.actor_id from public.moderation_log l join public.circles c on c.id = l.circle_id
        where l.actor_id = any (people)
          and (c.neighbourhood_id is null or c.neighbourhood_id = any (me.hoods)
               or c.id in (select h.circle_id from public.memberships h
                           where h.user_id = me.uid and h.role = 'host'))
      )
      -- the actor of a log entry about a profile report the worker handles
      or p.id in (
        select l.actor_id from public.moderation_log l
        join public.subject_reports s on s.id = l.report_id
        left join public.profiles rp on rp.id = s.profile_id
        where l.actor_id = any (people) and l.circle_id is null and s.kind = 'profile' and (
          rp.neighbourhood_id = any (me.hoods)
          or exists (
            select 1
            from public.memberships a
            join public.memberships b on b.circle_id = a.circle_id
            join public.circles c on c.id = a.circle_id
            where a.user_id = s.reporter_id and b.user_id = s.profile_id
              and c.neighbourhood_id = any (me.hoods)
          )
        )
      )
    ))
  )
$$;
comment on function private.staff_names(uuid[]) is
  'The pseudonyms (or names) of these people that the signed-in person may see as staff: an admin all, a worker those whose circle, question, reported profile or moderation log entry is in their area.';
revoke execute on function private.staff_names(uuid[]) from public, anon;
grant execute on function private.staff_names(uuid[]) to authenticated;

create or replace function private.staff_sees_name(person uuid) returns text
language sql stable security definer set search_path = '' as $$
  select n.name from private.staff_names(array[person]) n
$$;
comment on function private.staff_sees_name(uuid) is
  'The pseudonym (or name) of one person as private.staff_names gives it (null when the caller may not see it).';
