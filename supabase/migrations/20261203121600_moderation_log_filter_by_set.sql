-- The moderation log's policy asked private.can_moderate_circle (or, for a profile report,
-- private.can_handle_subject_report) once for every row, each call a few lookups of its
-- own. On a log of 5,000 entries a worker waited 2.3 s (PGlite) and 0.6 s (PostgreSQL) for
-- /moderation/log's 200 newest entries and 2.6–4.6 s to count what they may read
-- (npm run bench:moderation-log; admins, who skip the filter, 30 ms). Now the circles the
-- caller moderates and the subject reports they handle are worked out once per query, as
-- sets, and each row is only looked up in them (a hashed subplan). Who reads what is
-- unchanged: the two functions below say, as sets, exactly what can_moderate_circle and
-- can_handle_subject_report say for one row (the test compares them on every row).

create function private.moderated_circle_ids() returns setof uuid
language sql stable security definer set search_path = '' as $$
  select c.id from public.circles c
  where (select private.has_role('admin'))
     or ((select private.has_role('worker')) and (
       c.neighbourhood_id is null
       or c.neighbourhood_id in (
         select w.neighbourhood_id from public.worker_areas w where w.worker_id = (select auth.uid())
       )
     ))
  union
  select m.circle_id from public.memberships m
  where m.user_id = (select auth.uid()) and m.role = 'host'
$$;
comment on function private.moderated_circle_ids() is
  'Every circle the signed-in person may moderate (the set form of private.can_moderate_circle): hosted ones, and for a worker those in their area or without a neighbourhood; for an admin all.';
revoke execute on function private.moderated_circle_ids() from public, anon;
grant execute on function private.moderated_circle_ids() to authenticated;

create function private.handled_subject_report_ids() returns setof uuid
language sql stable security definer set search_path = '' as $$
  with areas as (
    select w.neighbourhood_id from public.worker_areas w where w.worker_id = (select auth.uid())
  )
  select s.id from public.subject_reports s
  where (select private.has_role('admin'))
     or ((select private.has_role('worker')) and (
       (s.kind = 'circle' and s.circle_id in (select private.moderated_circle_ids()))
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
comment on function private.handled_subject_report_ids() is
  'Every profile or circle report the signed-in person handles (the set form of private.can_handle_subject_report).';
revoke execute on function private.handled_subject_report_ids() from public, anon;
grant execute on function private.handled_subject_report_ids() to authenticated;

drop policy "Admins and the area's workers read the moderation log" on public.moderation_log;
create policy "Admins and the area's workers read the moderation log"
  on public.moderation_log for select to authenticated
  using (
    (select private.has_role('admin'))
    or (circle_id is not null and (select private.has_role('worker'))
        and circle_id in (select private.moderated_circle_ids()))
    or (circle_id is null and report_id is not null
        and report_id in (select private.handled_subject_report_ids()))
  );
