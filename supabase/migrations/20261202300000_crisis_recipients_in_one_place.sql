-- Who hears of a crisis, in one place: the circle's hosts (for words written in or to a
-- circle), else the workers who cover the neighbourhood (worker_areas), else the admins;
-- never the writer. The five raise_crisis_alert_* functions each had their own copy of this.

create or replace function private.crisis_recipients(circle uuid, neighbourhood uuid, writer uuid)
returns uuid[]
language plpgsql stable security definer set search_path = '' as $$
declare
  recipients uuid[];
begin
  if circle is not null then
    select array_agg(m.user_id) into recipients from public.memberships m
    where m.circle_id = circle and m.role = 'host' and m.user_id is distinct from writer;
  end if;
  if recipients is null then
    select array_agg(p.id) into recipients from public.profiles p
    where 'worker' = any (p.roles) and p.id is distinct from writer
      and exists (select 1 from public.worker_areas wa
                  where wa.worker_id = p.id and wa.neighbourhood_id = neighbourhood);
  end if;
  if recipients is null then
    select array_agg(p.id) into recipients from public.profiles p
    where 'admin' = any (p.roles) and p.id is distinct from writer;
  end if;
  return recipients;
end;
$$;

comment on function private.crisis_recipients(uuid, uuid, uuid) is
  'Who is alerted to a crisis: the circle''s hosts, else the neighbourhood''s workers, else the admins; never the writer.';

revoke execute on function private.crisis_recipients(uuid, uuid, uuid) from public, anon, authenticated;
grant execute on function private.crisis_recipients(uuid, uuid, uuid) to service_role;

-- The five functions, unchanged but for their recipients.

create or replace function private.raise_crisis_alert_for_question(question uuid) returns uuid
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
  recipients := private.crisis_recipients(null, q.neighbourhood_id, q.user_id);
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

create or replace function private.raise_crisis_alert_for_message(message bigint) returns uuid
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
  recipients := private.crisis_recipients(msg.circle_id, msg.neighbourhood_id, msg.author_id);
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

create or replace function private.raise_crisis_alert_for_help_request(requester uuid, neighbourhood uuid)
returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  recipients uuid[];
  alert uuid;
begin
  if requester is null or not exists (select 1 from public.profiles where id = requester) then
    return null;
  end if;
  -- More requests from the same person within a day add to the open alert.
  select id into alert from public.crisis_alerts
  where source = 'help_request' and subject_id = requester and handled_at is null
    and neighbourhood_id is not distinct from neighbourhood and last_at > now() - interval '1 day';
  if alert is not null then
    update public.crisis_alerts set hits = hits + 1, last_at = now() where id = alert;
    return alert;
  end if;
  recipients := private.crisis_recipients(null, neighbourhood, requester);
  if recipients is null then return null; end if;
  insert into public.crisis_alerts (source, subject_id, neighbourhood_id, recipient_ids)
  values ('help_request', requester, neighbourhood, recipients)
  returning id into alert;
  perform public.notify(r, 'crisis_alert',
    jsonb_build_object('source', 'help_request', 'neighbourhood', coalesce(n.name, '')),
    '/help/alerts/' || alert)
  from unnest(recipients) r
  left join public.neighbourhoods n on n.id = neighbourhood;
  return alert;
end;
$$;

create or replace function private.raise_crisis_alert_for_volunteer_message(message uuid)
returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  msg record;
  recipients uuid[];
  alert uuid;
begin
  select vm.id, vm.author_id, r.neighbourhood_id into msg
  from public.volunteer_messages vm
  join public.volunteer_matches mt on mt.id = vm.match_id
  join public.help_requests r on r.id = mt.request_id
  where vm.id = message;
  if msg.id is null then return null; end if;
  select id into alert from public.crisis_alerts
  where source = 'volunteer_message' and subject_id = msg.author_id and handled_at is null
    and neighbourhood_id is not distinct from msg.neighbourhood_id
    and last_at > now() - interval '1 day';
  if alert is not null then
    update public.crisis_alerts set hits = hits + 1, last_at = now() where id = alert;
    return alert;
  end if;
  recipients := private.crisis_recipients(null, msg.neighbourhood_id, msg.author_id);
  if recipients is null then return null; end if;
  insert into public.crisis_alerts (source, subject_id, neighbourhood_id, recipient_ids)
  values ('volunteer_message', msg.author_id, msg.neighbourhood_id, recipients)
  returning id into alert;
  perform public.notify(r, 'crisis_alert',
    jsonb_build_object('source', 'volunteer_message', 'neighbourhood', coalesce(n.name, '')),
    '/help/alerts/' || alert)
  from unnest(recipients) r
  left join public.neighbourhoods n on n.id = msg.neighbourhood_id;
  return alert;
end;
$$;

create or replace function private.raise_crisis_alert_for_join_message(writer uuid, circle uuid)
returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  c record;
  recipients uuid[];
  alert uuid;
begin
  if writer is null or not exists (select 1 from public.profiles where id = writer) then
    return null;
  end if;
  select id, name, neighbourhood_id into c from public.circles where id = circle;
  if c.id is null then return null; end if;
  select id into alert from public.crisis_alerts
  where source = 'join_message' and subject_id = writer and circle_id = c.id
    and handled_at is null and last_at > now() - interval '1 day';
  if alert is not null then
    update public.crisis_alerts set hits = hits + 1, last_at = now() where id = alert;
    return alert;
  end if;
  recipients := private.crisis_recipients(c.id, c.neighbourhood_id, writer);
  if recipients is null then return null; end if;
  insert into public.crisis_alerts (source, subject_id, circle_id, neighbourhood_id, recipient_ids)
  values ('join_message', writer, c.id, c.neighbourhood_id, recipients)
  returning id into alert;
  perform public.notify(r, 'crisis_alert',
    jsonb_build_object('source', 'join_message', 'circle', c.name), '/help/alerts/' || alert)
  from unnest(recipients) r;
  return alert;
end;
$$;
