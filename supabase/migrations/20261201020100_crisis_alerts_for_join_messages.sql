-- Crisis alerts for the message someone writes when asking to join a circle: when it
-- speaks of suicide or self-harm (recognised by the server), the circle's hosts are told,
-- as for a chat message (they read join requests anyway); the workers of the circle's
-- neighbourhood when the writer is the only host or there is none (admins when nobody
-- works there). The alert carries the circle's name only, never the text.

alter table public.crisis_alerts drop constraint crisis_alerts_source_check;
alter table public.crisis_alerts add constraint crisis_alerts_source_check
  check (source in ('question', 'chat_message', 'help_request', 'volunteer_message', 'join_message'));

create function private.raise_crisis_alert_for_join_message(writer uuid, circle uuid)
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
  select array_agg(m.user_id) into recipients from public.memberships m
  where m.circle_id = c.id and m.role = 'host' and m.user_id <> writer;
  if recipients is null then
    select array_agg(p.id) into recipients from public.profiles p
    where 'worker' = any (p.roles) and p.neighbourhood_id = c.neighbourhood_id and p.id <> writer;
  end if;
  if recipients is null then
    select array_agg(p.id) into recipients from public.profiles p
    where 'admin' = any (p.roles) and p.id <> writer;
  end if;
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
comment on function private.raise_crisis_alert_for_join_message(uuid, uuid) is 'Service path only: tells a circle''s hosts that a message with a join request speaks of suicide or self-harm (circle name only).';
revoke execute on function private.raise_crisis_alert_for_join_message(uuid, uuid) from public, anon, authenticated;
grant execute on function private.raise_crisis_alert_for_join_message(uuid, uuid) to service_role;
