-- Reports for everyone (issue 10 point 24). A person reports a message, a profile or a
-- circle; they get a receipt at once and hear the outcome later; the author of a hidden
-- message is told why; a message reported by three different people is hidden pending
-- review; neighbourhood workers hide messages in circles of their area (when the host is
-- the problem); every moderation action lands in an audit log that only workers and admins
-- read. Everything here is written by triggers and rule functions, never directly.

-- 1. The audit log.
create table public.moderation_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor_id uuid references public.profiles (id) on delete set null,
  action text not null check (action in (
    'message_reported', 'message_hidden', 'message_auto_hidden', 'message_shown',
    'report_resolved', 'report_dismissed',
    'profile_reported', 'circle_reported', 'subject_report_resolved', 'subject_report_dismissed',
    'member_banned', 'ban_lifted')),
  circle_id uuid references public.circles (id) on delete set null,
  message_id bigint references public.chat_messages (id) on delete set null,
  report_id uuid,
  reason text check (char_length(reason) <= 1000)
);
comment on table public.moderation_log is 'Every moderation action: who (null: Kring itself, or an erased account), what, where, and the moderator''s reason; never the text of a message or question. Workers and admins read it.';
comment on column public.moderation_log.reason is 'The reason a moderator gave, or a report''s reason; never a message''s text.';
create index moderation_log_at_idx on public.moderation_log (at desc);
create index moderation_log_circle_idx on public.moderation_log (circle_id, at desc);

alter table public.moderation_log enable row level security;
grant select on public.moderation_log to authenticated;
grant all on public.moderation_log to service_role;
create policy "Workers and admins read the moderation log"
  on public.moderation_log for select to authenticated
  using ((select private.has_role('worker')) or (select private.has_role('admin')));

create function private.log_moderation(
  what text, circle uuid, message bigint, report uuid, why text, actor uuid)
returns void
language sql security definer set search_path = '' as $$
  insert into public.moderation_log (actor_id, action, circle_id, message_id, report_id, reason)
  values (actor, what, circle, message, report, left(why, 1000))
$$;
revoke execute on function private.log_moderation(text, uuid, bigint, uuid, text, uuid) from public, anon, authenticated;

-- 2. Reports of a profile or a circle.
create table public.subject_reports (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('profile', 'circle')),
  profile_id uuid references public.profiles (id) on delete cascade,
  circle_id uuid references public.circles (id) on delete cascade,
  reporter_id uuid default auth.uid() references public.profiles (id) on delete set null,
  reason text not null check (char_length(btrim(reason)) between 1 and 500),
  status text not null default 'open' check (status in ('open', 'resolved', 'dismissed')),
  outcome text check (char_length(outcome) <= 1000),
  created_at timestamptz not null default now(),
  resolved_by uuid references public.profiles (id) on delete set null,
  resolved_at timestamptz,
  check ((kind = 'profile') = (profile_id is not null)),
  check ((kind = 'circle') = (circle_id is not null))
);
comment on table public.subject_reports is 'A report of a person''s profile or of a circle: the reporter reads their own and its outcome; neighbourhood workers and admins handle them.';
create unique index subject_reports_once_profile_idx on public.subject_reports (reporter_id, profile_id)
  where status = 'open' and profile_id is not null;
create unique index subject_reports_once_circle_idx on public.subject_reports (reporter_id, circle_id)
  where status = 'open' and circle_id is not null;
create index subject_reports_open_idx on public.subject_reports (status, created_at);

alter table public.subject_reports enable row level security;
grant select on public.subject_reports to authenticated;
grant insert (kind, profile_id, circle_id, reason) on public.subject_reports to authenticated;
grant all on public.subject_reports to service_role;

-- Only what you can see: a person whose name you may see (someone in a circle with you),
-- never yourself; a circle you can see.
create policy "People report a profile or circle they can see"
  on public.subject_reports for insert to authenticated
  with check (
    reporter_id = (select auth.uid())
    and status = 'open'
    and (
      (kind = 'profile' and profile_id <> (select auth.uid())
        and private.public_name(profile_id) is not null)
      or (kind = 'circle' and exists (select 1 from public.circles c where c.id = circle_id))
    )
  );
create policy "Reporters read their own reports"
  on public.subject_reports for select to authenticated
  using (reporter_id = (select auth.uid()));
create policy "Workers and admins read every report"
  on public.subject_reports for select to authenticated
  using ((select private.has_role('worker')) or (select private.has_role('admin')));

-- A worker or admin closes a report in their own name, with what was done; the reporter
-- is told. Returns 1 when it closed, 0 when it was closed already or not theirs to handle.
create function private.close_subject_report(report uuid, new_status text, what_was_done text)
returns int
language plpgsql security definer set search_path = '' as $$
declare
  r public.subject_reports;
begin
  if new_status not in ('resolved', 'dismissed') then
    raise exception 'unknown outcome' using errcode = '22023';
  end if;
  if (select auth.uid()) is null or not (private.has_role('worker') or private.has_role('admin')) then
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
revoke execute on function private.close_subject_report(uuid, text, text) from public, anon;
grant execute on function private.close_subject_report(uuid, text, text) to authenticated;

-- 3. Receipts: every report is acknowledged at once, and logged.
create function private.message_report_received() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  perform private.log_moderation('message_reported', new.circle_id, new.message_id, new.id, new.reason, new.reporter_id);
  if new.reporter_id is not null then
    perform public.notify(new.reporter_id, 'report_received',
      jsonb_build_object('kind', 'message'), '/profile/reports');
  end if;
  return null;
end;
$$;
revoke execute on function private.message_report_received() from public, anon, authenticated;
create trigger message_reports_received
  after insert on public.message_reports
  for each row execute function private.message_report_received();

create function private.subject_report_received() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  perform private.log_moderation(new.kind || '_reported', new.circle_id, null, new.id, new.reason, new.reporter_id);
  if new.reporter_id is not null then
    perform public.notify(new.reporter_id, 'report_received',
      jsonb_build_object('kind', new.kind), '/profile/reports');
  end if;
  return null;
end;
$$;
revoke execute on function private.subject_report_received() from public, anon, authenticated;
create trigger subject_reports_received
  after insert on public.subject_reports
  for each row execute function private.subject_report_received();

-- 4. Three different people report one message: it is hidden pending review (the text
-- moves aside as with any hidden message; the reports stay open for the hosts and workers).
create function private.hide_after_repeated_reports() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.message_id is null then
    return null;
  end if;
  if (select count(distinct reporter_id) from public.message_reports
      where message_id = new.message_id and status = 'open' and reporter_id is not null) >= 3 then
    update public.chat_messages
    set hidden_at = now(), hidden_by = null, hidden_reason = 'kring:pending_review'
    where id = new.message_id and hidden_at is null and deleted_at is null;
  end if;
  return null;
end;
$$;
revoke execute on function private.hide_after_repeated_reports() from public, anon, authenticated;
create trigger message_reports_hide_repeated
  after insert on public.message_reports
  for each row execute function private.hide_after_repeated_reports();

-- 5. A message is hidden or shown again: logged, and its author told why.
create function private.message_visibility_changed() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  c public.circles;
begin
  if new.hidden_at is not null and old.hidden_at is null then
    perform private.log_moderation(
      case when new.hidden_by is null then 'message_auto_hidden' else 'message_hidden' end,
      new.circle_id, new.id, null, new.hidden_reason, new.hidden_by);
    if new.author_id is not null then
      select * into c from public.circles where id = new.circle_id;
      perform public.notify(new.author_id, 'message_hidden',
        jsonb_build_object('circle', c.name, 'reason',
          case when new.hidden_reason = 'kring:pending_review' then '' else coalesce(new.hidden_reason, '') end,
          'pending_review', new.hidden_reason = 'kring:pending_review'),
        '/circles/' || c.slug || '/chat#m-' || new.id);
    end if;
  elsif new.hidden_at is null and old.hidden_at is not null then
    perform private.log_moderation('message_shown', new.circle_id, new.id, null, null, (select auth.uid()));
  end if;
  return null;
end;
$$;
revoke execute on function private.message_visibility_changed() from public, anon, authenticated;
create trigger chat_messages_visibility_logged
  after update of hidden_at on public.chat_messages
  for each row execute function private.message_visibility_changed();

-- 6. A message report is closed: logged, and the reporter hears the outcome.
create function private.message_report_closed() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if old.status = 'open' and new.status in ('resolved', 'dismissed') then
    perform private.log_moderation('report_' || new.status, new.circle_id, new.message_id, new.id, null, new.resolved_by);
    if new.reporter_id is not null then
      perform public.notify(new.reporter_id, 'report_outcome',
        jsonb_build_object('status', new.status, 'outcome', ''), '/profile/reports');
    end if;
  end if;
  return null;
end;
$$;
revoke execute on function private.message_report_closed() from public, anon, authenticated;
create trigger message_reports_closed
  after update of status on public.message_reports
  for each row execute function private.message_report_closed();

-- 7. Bans are moderation actions too.
create function private.ban_logged() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'INSERT' then
    perform private.log_moderation('member_banned', new.circle_id, null, null, new.reason, new.banned_by);
  else
    perform private.log_moderation('ban_lifted', old.circle_id, null, null, null, (select auth.uid()));
  end if;
  return null;
end;
$$;
revoke execute on function private.ban_logged() from public, anon, authenticated;
create trigger circle_bans_logged
  after insert or delete on public.circle_bans
  for each row execute function private.ban_logged();

-- 8. Hosts, and workers of the circle's area (when the host is the problem), and admins
-- hide a message from the moderation queue without reading the chat. Returns 1 when hidden.
create function private.moderator_hide_message(message bigint, why text) returns int
language plpgsql security definer set search_path = '' as $$
declare
  circle uuid;
begin
  if char_length(btrim(coalesce(why, ''))) not between 1 and 300 then
    raise exception 'message_too_long' using errcode = '22023';
  end if;
  select m.circle_id into circle from public.chat_messages m where m.id = message;
  if not found or not private.can_moderate_circle(circle) then
    return 0;
  end if;
  update public.chat_messages
  set hidden_at = now(), hidden_by = (select auth.uid()), hidden_reason = btrim(why)
  where id = message and hidden_at is null and deleted_at is null;
  if not found then
    return 0;
  end if;
  return 1;
end;
$$;
revoke execute on function private.moderator_hide_message(bigint, text) from public, anon;
grant execute on function private.moderator_hide_message(bigint, text) to authenticated;

-- 9. Names for those who handle reports and read the log (workers and admins), who often
-- share no circle with the people concerned: pseudonym first, never the real name behind it.
create function private.staff_sees_name(person uuid) returns text
language sql stable security definer set search_path = '' as $$
  select coalesce(p.pseudonym, p.display_name) from public.profiles p
  where p.id = person and (private.has_role('worker') or private.has_role('admin'))
$$;
revoke execute on function private.staff_sees_name(uuid) from public, anon;
grant execute on function private.staff_sees_name(uuid) to authenticated;
