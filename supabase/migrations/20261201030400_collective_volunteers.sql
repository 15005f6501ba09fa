-- Collective approaches also pick their volunteers (issue 12 point 5: "with one or two
-- volunteers"). The assignment job stores, per collective proposal, the one or two
-- volunteers who offer the skill, are free at its best time, cover its neighbourhoods and
-- have the hours for a group session (and a VOG where children are involved). When a
-- worker turns the proposal into a circle, those volunteers join it and are told.

create table public.collective_volunteers (
  collective_id uuid not null references public.collective_proposals (id) on delete cascade,
  volunteer_id uuid not null references public.volunteer_profiles (user_id) on delete cascade,
  primary key (collective_id, volunteer_id)
);
comment on table public.collective_volunteers is 'The one or two volunteers the assignment job picked for a collective proposal.';
create index collective_volunteers_volunteer_idx on public.collective_volunteers (volunteer_id);

alter table public.collective_volunteers enable row level security;
grant select on public.collective_volunteers to authenticated;
grant all on public.collective_volunteers to service_role;

create policy "Workers read the volunteers picked for their neighbourhoods' collective proposals"
  on public.collective_volunteers for select to authenticated
  using (exists (
    select 1 from public.collective_proposals p
    where p.id = collective_id and (select private.volunteers_is_worker_for_any(p.neighbourhood_ids))
  ));

create policy "Volunteers read that they were picked"
  on public.collective_volunteers for select to authenticated
  using (volunteer_id = (select auth.uid()));

create or replace function public.volunteers_convert_collective(proposal uuid, new_title text, new_starts_at timestamptz, new_minutes int, new_location text default '')
returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  p public.collective_proposals;
  made_circle uuid;
  made_gathering uuid;
  base text;
  inv record;
begin
  select * into p from public.collective_proposals where id = proposal for update;
  if not found or not private.volunteers_is_worker_for_any(p.neighbourhood_ids) then
    raise exception 'volunteers_not_found' using errcode = 'P0002';
  end if;
  if p.status <> 'open' then
    raise exception 'volunteers_collective_not_open' using errcode = '55000';
  end if;
  if char_length(trim(coalesce(new_title, ''))) not between 3 and 120 then
    raise exception 'volunteers_title_required' using errcode = '22023';
  end if;
  if new_starts_at is null or new_starts_at <= now() or new_minutes is null or new_minutes not between 15 and 600 then
    raise exception 'volunteers_time_invalid' using errcode = '22023';
  end if;
  base := trim(both '-' from regexp_replace(lower(public.kring_unaccent(trim(new_title))), '[^a-z0-9]+', '-', 'g'));
  if base = '' then base := 'samen'; end if;
  insert into public.circles (slug, name, description, theme_slugs, neighbourhood_id, format, visibility, join_policy, status, created_by, location_name)
  values (
    left(base, 60) || '-' || substr(replace(proposal::text, '-', ''), 1, 8),
    trim(new_title),
    'Een groepsbijeenkomst voor bewoners met dezelfde hulpvraag. Samen met een vrijwilliger.',
    array[coalesce(p.theme_slug, (select slug from public.themes order by sort_order limit 1))],
    p.neighbourhood_ids[1], 'in_person', 'private', 'open', 'published', (select auth.uid()), left(coalesce(new_location, ''), 200)
  )
  returning id into made_circle;
  insert into public.gatherings (circle_id, title, starts_at, ends_at, location_name, created_by)
  values (made_circle, trim(new_title), new_starts_at, new_starts_at + make_interval(mins => new_minutes), left(coalesce(new_location, ''), 200), (select auth.uid()))
  returning id into made_gathering;
  update public.collective_proposals
  set status = 'converted', title = trim(new_title), first_starts_at = new_starts_at, circle_id = made_circle, gathering_id = made_gathering, decided_at = now(), decided_by = (select auth.uid())
  where id = proposal;
  for inv in
    select i.request_id, r.requester_id from public.collective_invitations i
    join public.help_requests r on r.id = i.request_id
    where i.collective_id = proposal and i.status = 'pending' and r.status = 'open'
  loop
    update public.collective_invitations set invited_at = now() where collective_id = proposal and request_id = inv.request_id;
    perform public.notify(inv.requester_id, 'volunteer_collective_invitation',
      jsonb_build_object('title', trim(new_title)), '/requests/' || inv.request_id);
  end loop;
  -- The volunteers the job picked for the group join the new circle (its chat and its
  -- gathering) and are told; they can leave like any member.
  for inv in
    select cv.volunteer_id from public.collective_volunteers cv
    join public.volunteer_profiles v on v.user_id = cv.volunteer_id and v.status = 'active'
    where cv.collective_id = proposal
  loop
    insert into public.memberships (circle_id, user_id, role) values (made_circle, inv.volunteer_id, 'member')
    on conflict do nothing;
    perform public.notify(inv.volunteer_id, 'volunteer_collective_gathering',
      jsonb_build_object('title', trim(new_title)), '/circles/' || (select slug from public.circles where id = made_circle));
  end loop;
  return made_circle;
end;
$$;

-- A picked volunteer reads the proposal they were picked for (counts, skill, times; never
-- names). Through a helper: a policy that read collective_volunteers directly would loop
-- back through that table's own policy.
create function private.volunteers_picked_for(collective uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.collective_volunteers cv
    where cv.collective_id = collective and cv.volunteer_id = (select auth.uid()))
$$;
revoke execute on function private.volunteers_picked_for(uuid) from public;
grant execute on function private.volunteers_picked_for(uuid) to authenticated, service_role;

create policy "Volunteers read the collective proposals they were picked for"
  on public.collective_proposals for select to authenticated
  using ((select private.volunteers_picked_for(id)));
