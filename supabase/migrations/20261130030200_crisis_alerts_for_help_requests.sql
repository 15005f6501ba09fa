-- Crisis alerts for help requests (to volunteers): like a question, a request is private to
-- its writer, so the workers of its neighbourhood (admins when there is none, or nobody
-- works there) learn only that a resident there may need help, never the text or who it is.
-- No reference to the request itself: it may be removed, the alert stays until handled.

alter table public.crisis_alerts drop constraint crisis_alerts_source_check;
alter table public.crisis_alerts add constraint crisis_alerts_source_check
  check (source in ('question', 'chat_message', 'help_request'));

create function private.raise_crisis_alert_for_help_request(requester uuid, neighbourhood uuid)
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
  select array_agg(p.id) into recipients from public.profiles p
  where 'worker' = any (p.roles) and p.neighbourhood_id = neighbourhood and p.id <> requester;
  if recipients is null then
    select array_agg(p.id) into recipients from public.profiles p
    where 'admin' = any (p.roles) and p.id <> requester;
  end if;
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
comment on function private.raise_crisis_alert_for_help_request(uuid, uuid) is 'Service path only: tells the neighbourhood''s workers that a resident may need help (no text, no name).';
revoke execute on function private.raise_crisis_alert_for_help_request(uuid, uuid) from public, anon, authenticated;
grant execute on function private.raise_crisis_alert_for_help_request(uuid, uuid) to service_role;
