-- A resident's proposed circle waits for a neighbourhood worker, who may publish it (or
-- close it) without being its host. The host is told either way.

create policy "Workers decide on proposed circles"
  on public.circles for update to authenticated
  using (status = 'proposed' and (select public.has_role('worker')))
  with check ((select public.has_role('worker')) and status in ('proposed', 'published', 'closed'));

create function public.announce_circle_decision() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if old.status = 'proposed' and new.status in ('published', 'closed') then
    perform public.notify(m.user_id, 'circle_' || new.status,
      jsonb_build_object('circle', new.name, 'circle_slug', new.slug), '/circles/' || new.slug)
    from public.memberships m
    where m.circle_id = new.id and m.role = 'host' and m.user_id is distinct from (select auth.uid());
  end if;
  return null;
end;
$$;

create trigger circles_announce_decision
  after update of status on public.circles
  for each row execute function public.announce_circle_decision();
