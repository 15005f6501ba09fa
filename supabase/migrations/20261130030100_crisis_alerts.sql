-- Crisis alerts: when someone writes about suicide or self-harm (recognised by the server,
-- src/lib/server/safety/crisis.ts), a person is told, in the app:
-- - a chat message: the circle's hosts (not the writer). Hosts read the chat anyway, so the
--   alert links to the message; the notification itself carries only the circle's name.
-- - a question: the neighbourhood workers of the question's neighbourhood (admins when the
--   question has no neighbourhood or nobody works there). A question is private to its
--   writer, so the worker learns only that a resident in their neighbourhood may need help,
--   and when; never the text or who it is. What they can do: send the resident an offer
--   of contact (the resident decides whether to answer), and mark the alert as handled.
-- Nothing is hidden or changed in what was written. The writer's id is kept so an offer can
-- reach them, but no client can read that column.
-- Alerts are only made by the server's service path through private functions, after the
-- server has itself recognised the words in the stored text; no client can raise one.

create table public.crisis_alerts (
  id uuid primary key default gen_random_uuid(),
  source text not null check (source in ('question', 'chat_message')),
  subject_id uuid not null references public.profiles (id) on delete cascade,
  question_id uuid references public.questions (id) on delete cascade,
  message_id bigint references public.chat_messages (id) on delete set null,
  circle_id uuid references public.circles (id) on delete cascade,
  neighbourhood_id uuid references public.neighbourhoods (id) on delete set null,
  recipient_ids uuid[] not null check (cardinality(recipient_ids) >= 1),
  hits int not null default 1 check (hits >= 1),
  created_at timestamptz not null default now(),
  last_at timestamptz not null default now(),
  contact_offered_at timestamptz,
  contact_offered_by uuid references public.profiles (id) on delete set null,
  handled_at timestamptz,
  handled_by uuid references public.profiles (id) on delete set null,
  check ((source = 'question') = (question_id is not null)),
  check (source <> 'chat_message' or circle_id is not null)
);
comment on table public.crisis_alerts is 'Someone wrote words about suicide or self-harm; who is told (hosts or neighbourhood workers) and what they did. Never the text.';
create index crisis_alerts_recipients_idx on public.crisis_alerts using gin (recipient_ids);
create index crisis_alerts_subject_idx on public.crisis_alerts (subject_id, source, handled_at);
create index crisis_alerts_question_idx on public.crisis_alerts (question_id) where question_id is not null;

alter table public.crisis_alerts enable row level security;

-- Recipients read their alerts, without the writer's id (column grants); they change only
-- whether it is handled. Offers of contact go through public.offer_crisis_contact().
grant select (id, source, question_id, message_id, circle_id, neighbourhood_id, hits, created_at,
  last_at, contact_offered_at, handled_at) on public.crisis_alerts to authenticated;
grant update (handled_at, handled_by) on public.crisis_alerts to authenticated;
grant all on public.crisis_alerts to service_role;

create policy "Recipients read their crisis alerts"
  on public.crisis_alerts for select to authenticated
  using ((select auth.uid()) = any (recipient_ids));

create policy "Recipients mark their crisis alerts handled"
  on public.crisis_alerts for update to authenticated
  using ((select auth.uid()) = any (recipient_ids))
  with check ((select auth.uid()) = any (recipient_ids) and (handled_by is null or handled_by = (select auth.uid())));

-- A question: tells the workers of its neighbourhood (admins if there are none). One open
-- alert per question: asking again (an edit) counts a hit instead of a new notification.
create function private.raise_crisis_alert_for_question(question uuid) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  q record;
  recipients uuid[];
  alert uuid;
begin
  select id, user_id, neighbourhood_id into q from public.questions where id = question;
  if q.id is null then return null; end if;
  select id into alert from public.crisis_alerts
  where question_id = q.id and handled_at is null;
  if alert is not null then
    update public.crisis_alerts set hits = hits + 1, last_at = now() where id = alert;
    return alert;
  end if;
  select array_agg(p.id) into recipients from public.profiles p
  where 'worker' = any (p.roles) and p.neighbourhood_id = q.neighbourhood_id and p.id <> q.user_id;
  if recipients is null then
    select array_agg(p.id) into recipients from public.profiles p
    where 'admin' = any (p.roles) and p.id <> q.user_id;
  end if;
  if recipients is null then return null; end if;
  insert into public.crisis_alerts (source, subject_id, question_id, neighbourhood_id, recipient_ids)
  values ('question', q.user_id, q.id, q.neighbourhood_id, recipients)
  returning id into alert;
  perform public.notify(r, 'crisis_alert',
    jsonb_build_object('source', 'question', 'neighbourhood', coalesce(n.name, '')),
    '/help/alerts/' || alert)
  from unnest(recipients) r
  left join public.neighbourhoods n on n.id = q.neighbourhood_id;
  return alert;
end;
$$;
comment on function private.raise_crisis_alert_for_question(uuid) is 'Service path only: tells the neighbourhood''s workers that a resident may need help (no text, no name).';

-- A chat message: tells the circle's hosts (not the writer); when the writer is the only
-- host, the workers of the circle's neighbourhood (admins if none). More messages from the
-- same person in the same circle within a day add to the open alert instead of notifying again.
create function private.raise_crisis_alert_for_message(message bigint) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  msg record;
  recipients uuid[];
  alert uuid;
begin
  select cm.id, cm.author_id, cm.circle_id, c.neighbourhood_id, c.name into msg
  from public.chat_messages cm join public.circles c on c.id = cm.circle_id
  where cm.id = message and cm.author_id is not null;
  if msg.id is null then return null; end if;
  select id into alert from public.crisis_alerts
  where source = 'chat_message' and subject_id = msg.author_id and circle_id = msg.circle_id
    and handled_at is null and last_at > now() - interval '1 day';
  if alert is not null then
    update public.crisis_alerts set hits = hits + 1, last_at = now(), message_id = msg.id
    where id = alert;
    return alert;
  end if;
  select array_agg(m.user_id) into recipients from public.memberships m
  where m.circle_id = msg.circle_id and m.role = 'host' and m.user_id <> msg.author_id;
  if recipients is null then
    select array_agg(p.id) into recipients from public.profiles p
    where 'worker' = any (p.roles) and p.neighbourhood_id = msg.neighbourhood_id and p.id <> msg.author_id;
  end if;
  if recipients is null then
    select array_agg(p.id) into recipients from public.profiles p
    where 'admin' = any (p.roles) and p.id <> msg.author_id;
  end if;
  if recipients is null then return null; end if;
  insert into public.crisis_alerts (source, subject_id, message_id, circle_id, neighbourhood_id, recipient_ids)
  values ('chat_message', msg.author_id, msg.id, msg.circle_id, msg.neighbourhood_id, recipients)
  returning id into alert;
  perform public.notify(r, 'crisis_alert',
    jsonb_build_object('source', 'chat_message', 'circle', msg.name), '/help/alerts/' || alert)
  from unnest(recipients) r;
  return alert;
end;
$$;
comment on function private.raise_crisis_alert_for_message(bigint) is 'Service path only: tells a circle''s hosts that a message in their chat speaks of suicide or self-harm.';

revoke execute on function private.raise_crisis_alert_for_question(uuid) from public, anon, authenticated;
revoke execute on function private.raise_crisis_alert_for_message(bigint) from public, anon, authenticated;
grant execute on function private.raise_crisis_alert_for_question(uuid) to service_role;
grant execute on function private.raise_crisis_alert_for_message(bigint) to service_role;

-- A recipient offers the writer contact: the writer gets a notification with the recipient's
-- name and a short note (e.g. a phone number); the recipient never learns who it is. Once per
-- alert. Called by the server's service path with the signed-in person's id (not an API).
create function private.offer_crisis_contact(alert uuid, sender uuid, note text) returns boolean
language plpgsql security definer set search_path = '' as $$
declare
  a record;
  sender_name text;
begin
  if sender is null or note is null or char_length(btrim(note)) not between 1 and 500 then
    return false;
  end if;
  select id, subject_id, recipient_ids, contact_offered_at into a
  from public.crisis_alerts where id = alert for update;
  if a.id is null or not (sender = any (a.recipient_ids)) or a.contact_offered_at is not null then
    return false;
  end if;
  select coalesce(pseudonym, display_name) into sender_name from public.profiles where id = sender;
  update public.crisis_alerts set contact_offered_at = now(), contact_offered_by = sender
  where id = a.id;
  perform public.notify(a.subject_id, 'crisis_contact_offered',
    jsonb_build_object('name', coalesce(sender_name, ''), 'note', btrim(note)), '/help');
  return true;
end;
$$;
comment on function private.offer_crisis_contact(uuid, uuid, text) is 'Service path only: a recipient of a crisis alert offers the writer contact, once; false when not allowed.';
revoke execute on function private.offer_crisis_contact(uuid, uuid, text) from public, anon, authenticated;
grant execute on function private.offer_crisis_contact(uuid, uuid, text) to service_role;
