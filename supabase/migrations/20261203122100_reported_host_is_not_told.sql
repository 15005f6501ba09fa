-- A host whose own message was reported was still told "a message was reported" with a
-- link to a queue where that report is hidden from them (20261203121900): they learnt they
-- were reported and could do nothing, while nobody who can act was told. Now the writer is
-- never told; when no other host is left to tell, the workers whose area holds the circle
-- (every worker for a circle without a neighbourhood, as in can_moderate_circle) are.
create or replace function public.notify_hosts_of_report() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  perform public.notify(m.user_id, 'message_reported',
    jsonb_build_object('circle', c.name, 'circle_slug', c.slug), '/moderation')
  from public.memberships m
  join public.circles c on c.id = m.circle_id
  where m.circle_id = new.circle_id and m.role = 'host'
    and m.user_id is distinct from new.reporter_id
    and m.user_id is distinct from new.message_author_id;
  if not found then
    perform public.notify(p.id, 'message_reported',
      jsonb_build_object('circle', c.name, 'circle_slug', c.slug), '/moderation')
    from public.circles c
    join public.profiles p on 'worker' = any (p.roles)
    where c.id = new.circle_id
      and p.id is distinct from new.reporter_id
      and p.id is distinct from new.message_author_id
      and (c.neighbourhood_id is null or exists (
        select 1 from public.worker_areas w
        where w.worker_id = p.id and w.neighbourhood_id = c.neighbourhood_id));
  end if;
  return null;
end;
$$;
comment on function public.notify_hosts_of_report() is 'After a message report: tells the circle''s hosts (not the reporter, not the message''s writer) that the queue has something new; when no host is left, the workers whose area holds the circle.';
