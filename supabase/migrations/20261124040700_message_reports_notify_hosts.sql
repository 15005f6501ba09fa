-- A new report reaches the circle's hosts at once: a notification that links to the
-- queue of reported messages. Not to the reporter (a host can report too), and without
-- the reporter's name or the message: the queue shows what is needed.

create function public.notify_hosts_of_report() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  perform public.notify(m.user_id, 'message_reported',
    jsonb_build_object('circle', c.name, 'circle_slug', c.slug), '/moderation')
  from public.memberships m
  join public.circles c on c.id = m.circle_id
  where m.circle_id = new.circle_id and m.role = 'host'
    and m.user_id is distinct from new.reporter_id;
  return null;
end;
$$;
comment on function public.notify_hosts_of_report() is 'After a message report: tells the circle''s hosts (not the reporter) that the queue has something new.';

create trigger message_reports_notify_hosts
  after insert on public.message_reports
  for each row execute function public.notify_hosts_of_report();
