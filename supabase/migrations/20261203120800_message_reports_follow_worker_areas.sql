-- The report queue follows the worker's area. private.handled_reports() gave every worker
-- every reported message with its text, and private.close_message_report() let any worker
-- close them, while hiding the message already asked private.can_moderate_circle. Both now
-- ask the same: a host of the circle, an admin, or a worker whose area holds the circle's
-- neighbourhood. create or replace keeps the oids and grants.
create or replace function private.handled_reports()
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
    and private.can_moderate_circle(r.circle_id)
$$;
comment on function private.handled_reports() is 'The reports the caller handles (hosts: their circles; workers: circles in their area; admins: all), never with the reporter.';

create or replace function private.close_message_report(report uuid, outcome text) returns int
language plpgsql security definer set search_path = '' as $$
declare
  r public.message_reports;
  closed int;
begin
  if outcome not in ('resolved', 'dismissed') then
    raise exception 'unknown outcome' using errcode = '22023';
  end if;
  select * into r from public.message_reports where id = report;
  if not found or (select auth.uid()) is null or not private.can_moderate_circle(r.circle_id) then
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
comment on function private.close_message_report(uuid, text) is 'Closes a report (and the other open reports of its message) in the caller''s name, for a host of the circle, an admin or a worker whose area holds it.';
