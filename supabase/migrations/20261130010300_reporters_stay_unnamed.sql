-- Hosts handle reports of their circle's messages without learning who reported them, and
-- whoever closes a report is recorded as themselves. The table itself is now read only by
-- the reporter (their own reports); hosts, workers and admins read the queue through
-- private.handled_reports(), which leaves out the reporter, and close reports through
-- private.close_message_report(), which records the caller as resolved_by.

drop policy "Hosts, workers and admins read the queue" on public.message_reports;
drop policy "Hosts, workers and admins handle reports" on public.message_reports;
revoke update on public.message_reports from authenticated;

-- Reports the caller handles (hosts: their circles; workers and admins: all), without the
-- reporter.
create function private.handled_reports()
returns table (
  id uuid,
  message_id bigint,
  circle_id uuid,
  reason text,
  message_body text,
  message_author_id uuid,
  status text,
  created_at timestamptz,
  resolved_by uuid,
  resolved_at timestamptz
)
language sql stable security definer set search_path = '' as $$
  select r.id, r.message_id, r.circle_id, r.reason, r.message_body, r.message_author_id,
         r.status, r.created_at, r.resolved_by, r.resolved_at
  from public.message_reports r
  where (select auth.uid()) is not null
    and (private.is_circle_host(r.circle_id) or private.has_role('worker') or private.has_role('admin'))
$$;
comment on function private.handled_reports() is 'The reports the caller handles (hosts: their circles; workers, admins: all), never with the reporter.';
revoke execute on function private.handled_reports() from public, anon;
grant execute on function private.handled_reports() to authenticated;

-- Closes a report and every other open report of the same message, in the caller's name:
-- resolved (something was done) or dismissed. Returns how many closed.
create function private.close_message_report(report uuid, outcome text) returns int
language plpgsql security definer set search_path = '' as $$
declare
  r public.message_reports;
  closed int;
begin
  if outcome not in ('resolved', 'dismissed') then
    raise exception 'unknown outcome' using errcode = '22023';
  end if;
  select * into r from public.message_reports where id = report;
  if not found or (select auth.uid()) is null
     or not (private.is_circle_host(r.circle_id) or private.has_role('worker') or private.has_role('admin')) then
    return 0;
  end if;
  update public.message_reports o
  set status = outcome, resolved_by = (select auth.uid()), resolved_at = now()
  where o.status = 'open'
    and (o.id = r.id or (r.message_id is not null and o.message_id = r.message_id));
  get diagnostics closed = row_count;
  return closed;
end;
$$;
comment on function private.close_message_report(uuid, text) is 'Closes a report (and the other open reports of its message) in the caller''s name, for those who handle it.';
revoke execute on function private.close_message_report(uuid, text) from public, anon;
grant execute on function private.close_message_report(uuid, text) to authenticated;
