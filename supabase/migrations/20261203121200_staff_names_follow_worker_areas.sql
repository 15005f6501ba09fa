-- The names a worker sees follow their area. private.staff_sees_name(person) gave any
-- neighbourhood worker the pseudonym (or the name) of anyone whose id they held, in any part
-- of town: profiles are otherwise readable only by their owner, so this was the one way
-- round that rule. It is there for the report queue and the moderation log, so a worker now
-- gets a name only for someone their work there concerns:
--   a member of a circle they moderate (its neighbourhood is in their area, or it has none),
--   the writer of a question in their area,
--   the person a profile report they handle is about,
--   the actor of a moderation log entry they may read (the same rule as that table's policy).
-- Admins see every name as before; everyone else gets null. Pseudonym first, as before.
-- create or replace keeps the oid and the grants (authenticated only).
create or replace function private.staff_sees_name(person uuid) returns text
language sql stable security definer set search_path = '' as $$
  select coalesce(p.pseudonym, p.display_name) from public.profiles p
  where p.id = person and (
    private.has_role('admin')
    or (private.has_role('worker') and (
      exists (
        select 1 from public.memberships m join public.circles c on c.id = m.circle_id
        where m.user_id = person
          and (c.neighbourhood_id is null or private.worker_covers(c.neighbourhood_id))
      )
      or exists (
        select 1 from public.questions q
        where q.user_id = person and q.neighbourhood_id is not null
          and private.worker_covers(q.neighbourhood_id)
      )
      or exists (
        select 1 from public.subject_reports s
        where s.profile_id = person and private.can_handle_subject_report(s.id)
      )
      or exists (
        select 1 from public.moderation_log l
        where l.actor_id = person and (
          (l.circle_id is not null and private.can_moderate_circle(l.circle_id))
          or (l.circle_id is null and l.report_id is not null
              and private.can_handle_subject_report(l.report_id))
        )
      )
    ))
  )
$$;
comment on function private.staff_sees_name(uuid) is
  'The pseudonym (or name) of a person for an admin, or for a worker whose area their circle, question, reported profile or moderation log entry is in; null otherwise.';
