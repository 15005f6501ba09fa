-- Crisis alerts for the private conversation of a volunteer match: when the resident or the
-- volunteer writes words about suicide or self-harm (recognised by the server), the workers
-- of the request's neighbourhood (admins when there is none, or nobody works there) learn
-- only that someone there may need help: never the text, the conversation or who it is.
-- More such messages from the same person within a day add to the open alert.

alter table public.crisis_alerts drop constraint crisis_alerts_source_check;
alter table public.crisis_alerts add constraint crisis_alerts_source_check
  check (source in ('question', 'chat_message', 'help_request', 'volunteer_message'));

create function private.raise_crisis_alert_for_volunteer_message(message uuid)
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
  select array_agg(p.id) into recipients from public.profiles p
  where 'worker' = any (p.roles) and p.neighbourhood_id = msg.neighbourhood_id
    and p.id <> msg.author_id;
  if recipients is null then
    select array_agg(p.id) into recipients from public.profiles p
    where 'admin' = any (p.roles) and p.id <> msg.author_id;
  end if;
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
comment on function private.raise_crisis_alert_for_volunteer_message(uuid) is 'Service path only: tells the neighbourhood''s workers that someone in a volunteer conversation may need help (no text, no name).';
revoke execute on function private.raise_crisis_alert_for_volunteer_message(uuid) from public, anon, authenticated;
grant execute on function private.raise_crisis_alert_for_volunteer_message(uuid) to service_role;
