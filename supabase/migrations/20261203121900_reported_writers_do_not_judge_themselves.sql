-- A host whose own chat message was reported judged the report. private.handled_reports()
-- gave a host every report of their circle (the reasons members wrote about them too) and
-- private.close_message_report() let them dismiss it, which closes it for the area's worker
-- and the admins as well; and after three members reported the message and it was hidden,
-- the host set hidden_at back to null through the database API (the update guard let any
-- host change a message's hiding, only asking that a hide be in their own name). So a host
-- who is the problem, which is exactly when the worker is meant to step in, could bury the
-- reports and show the message again. Now nobody sees in their queue, or closes, a report
-- of a message they wrote, and nobody shows again a message of their own that was hidden;
-- the area's worker and the admins handle those (the app never shows a hidden message
-- again, so only the direct path changes).
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
    and r.message_author_id is distinct from (select auth.uid())
    and private.can_moderate_circle(r.circle_id)
$$;
comment on function private.handled_reports() is 'The reports the caller handles (hosts: their circles; workers: circles in their area; admins: all), never with the reporter and never of a message the caller wrote.';

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
  if not found or (select auth.uid()) is null
     or r.message_author_id is not distinct from (select auth.uid())
     or not private.can_moderate_circle(r.circle_id) then
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
comment on function private.close_message_report(uuid, text) is 'Closes a report (and the other open reports of its message) in the caller''s name, for a host of the circle, an admin or a worker whose area holds it, never for the message''s writer.';

create or replace function public.guard_chat_message_update() returns trigger
language plpgsql set search_path = '' as $$
declare
  me uuid := (select auth.uid());
begin
  new.updated_at = greatest(clock_timestamp(), old.updated_at + interval '1 microsecond');
  if current_user not in ('anon', 'authenticated') then
    return new;
  end if;
  if new.id <> old.id or new.circle_id <> old.circle_id or new.author_id is distinct from old.author_id
     or new.client_id <> old.client_id or new.created_at <> old.created_at then
    raise exception 'a message stays where and by whom it was written' using errcode = '42501';
  end if;
  if (new.body is distinct from old.body or new.edited_at is distinct from old.edited_at
      or new.deleted_at is distinct from old.deleted_at)
     and (old.author_id is distinct from me or old.deleted_at is not null) then
    raise exception 'only the author changes a message' using errcode = '42501';
  end if;
  if (new.hidden_at is distinct from old.hidden_at or new.hidden_by is distinct from old.hidden_by
      or new.hidden_reason is distinct from old.hidden_reason)
     and (not private.is_circle_host(old.circle_id) or (new.hidden_at is not null and new.hidden_by is distinct from me)) then
    raise exception 'only a host hides a message, in their own name' using errcode = '42501';
  end if;
  -- A hidden message of one's own stays hidden: the area's worker or an admin decides.
  if old.hidden_at is not null and new.hidden_at is null and old.author_id is not distinct from me then
    raise exception 'only a host hides a message, in their own name' using errcode = '42501';
  end if;
  return new;
end;
$$;
