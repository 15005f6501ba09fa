-- Reports of a profile or a circle follow the worker's area. "Workers and admins read every
-- report" showed every worker who reported whom anywhere in town, and
-- private.close_subject_report() let any worker close them. Now a worker reads and closes:
-- a circle's report when private.can_moderate_circle holds for that circle (admins all);
-- a profile's report when their area holds the reported person's neighbourhood, or a
-- circle the reporter and the reported person are both in (the place the trouble arose).
-- A profile report whose reporter erased their account and whose subject has no
-- neighbourhood is left to admins.
create function private.can_handle_subject_report(report uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.has_role('admin') or exists (
    select 1 from public.subject_reports s
    where s.id = report and private.has_role('worker') and (
      (s.kind = 'circle' and private.can_moderate_circle(s.circle_id))
      or (s.kind = 'profile' and (
        exists (
          select 1 from public.profiles p
          where p.id = s.profile_id and p.neighbourhood_id is not null
            and private.worker_covers(p.neighbourhood_id)
        )
        or exists (
          select 1
          from public.memberships a
          join public.memberships b on b.circle_id = a.circle_id
          join public.circles c on c.id = a.circle_id
          where a.user_id = s.reporter_id and b.user_id = s.profile_id
            and c.neighbourhood_id is not null and private.worker_covers(c.neighbourhood_id)
        )
      ))
    )
  )
$$;
comment on function private.can_handle_subject_report(uuid) is 'Whether the signed-in person handles this profile or circle report: an admin, or a worker whose area holds the circle, the reported person''s neighbourhood or a circle the two share.';
revoke execute on function private.can_handle_subject_report(uuid) from public, anon;
grant execute on function private.can_handle_subject_report(uuid) to authenticated;

drop policy "Workers and admins read every report" on public.subject_reports;
create policy "Admins and the area's workers read reports"
  on public.subject_reports for select to authenticated
  using (
    (select private.has_role('admin'))
    or ((select private.has_role('worker')) and private.can_handle_subject_report(id))
  );

create or replace function private.close_subject_report(report uuid, new_status text, what_was_done text)
returns int
language plpgsql security definer set search_path = '' as $$
declare
  r public.subject_reports;
begin
  if new_status not in ('resolved', 'dismissed') then
    raise exception 'unknown outcome' using errcode = '22023';
  end if;
  if (select auth.uid()) is null or not private.can_handle_subject_report(report) then
    return 0;
  end if;
  update public.subject_reports
  set status = new_status, outcome = nullif(left(btrim(coalesce(what_was_done, '')), 1000), ''),
      resolved_by = (select auth.uid()), resolved_at = now()
  where id = report and status = 'open'
  returning * into r;
  if not found then
    return 0;
  end if;
  perform private.log_moderation('subject_report_' || new_status, r.circle_id, null, r.id, r.outcome, (select auth.uid()));
  if r.reporter_id is not null then
    perform public.notify(r.reporter_id, 'report_outcome',
      jsonb_build_object('status', new_status, 'outcome', coalesce(r.outcome, '')), '/profile/reports');
  end if;
  return 1;
end;
$$;
