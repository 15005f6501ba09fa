-- Collective approaches: when several open requests in nearby neighbourhoods ask for the
-- same skill at compatible times, the job proposes one group session or circle instead.
-- Workers see counts, skill, neighbourhoods and best times, never names; the residents
-- get an invitation that links their request to it when they accept.

create table public.collective_proposals (
  id uuid primary key default gen_random_uuid(),
  key text not null unique,
  skill_slug text not null references public.volunteer_skills (slug),
  theme_slug text references public.themes (slug),
  neighbourhood_ids uuid[] not null check (cardinality(neighbourhood_ids) >= 1),
  request_count int not null check (request_count >= 2),
  hours_total numeric(7, 1) not null,
  hours_saved numeric(7, 1) not null,
  best_slots text[] not null default '{}',
  status text not null default 'open' check (status in ('open', 'converted', 'dismissed')),
  title text,
  first_starts_at timestamptz,
  circle_id uuid references public.circles (id) on delete set null,
  gathering_id uuid references public.gatherings (id) on delete set null,
  created_at timestamptz not null default now(),
  decided_at timestamptz,
  decided_by uuid references public.profiles (id) on delete set null
);
comment on table public.collective_proposals is 'A proposed group session or circle for several similar help requests; counts only, no names.';

create table public.collective_invitations (
  collective_id uuid not null references public.collective_proposals (id) on delete cascade,
  request_id uuid not null references public.help_requests (id) on delete cascade,
  status text not null default 'pending' check (status in ('pending', 'accepted', 'ignored')),
  invited_at timestamptz,
  answered_at timestamptz,
  primary key (collective_id, request_id)
);
comment on table public.collective_invitations is 'Which requests a collective proposal is for, and whether their resident accepted the invitation.';
create index collective_invitations_request_idx on public.collective_invitations (request_id);

alter table public.help_requests
  add constraint help_requests_collective_fk foreign key (collective_id) references public.collective_proposals (id) on delete set null;

-- The worker turns a proposal into a new circle with a first gathering; every resident
-- whose request is part of it gets an invitation.
create function public.volunteers_convert_collective(proposal uuid, new_title text, new_starts_at timestamptz, new_minutes int, new_location text default '')
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
  return made_circle;
end;
$$;
comment on function public.volunteers_convert_collective(uuid, text, timestamptz, int, text) is 'A neighbourhood worker turns a collective proposal into a circle with a first gathering and invites the residents.';
revoke execute on function public.volunteers_convert_collective(uuid, text, timestamptz, int, text) from public, anon;
grant execute on function public.volunteers_convert_collective(uuid, text, timestamptz, int, text) to authenticated, service_role;

-- The resident answers the invitation: accepting links their request and makes them a
-- member of the new circle; ignoring leaves their own request open.
create function public.volunteers_answer_invitation(request uuid, accept boolean)
returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  i public.collective_invitations;
  p public.collective_proposals;
  r public.help_requests;
begin
  select * into r from public.help_requests where id = request for update;
  if not found or r.requester_id is distinct from (select auth.uid()) then
    raise exception 'volunteers_not_found' using errcode = 'P0002';
  end if;
  select inv.* into i from public.collective_invitations inv
  join public.collective_proposals cp on cp.id = inv.collective_id
  where inv.request_id = request and inv.status = 'pending' and inv.invited_at is not null and cp.status = 'converted'
  order by inv.invited_at desc limit 1 for update of inv;
  if not found then
    raise exception 'volunteers_invitation_not_open' using errcode = '55000';
  end if;
  select * into p from public.collective_proposals where id = i.collective_id;
  update public.collective_invitations set status = case when accept then 'accepted' else 'ignored' end, answered_at = now()
  where collective_id = i.collective_id and request_id = request;
  if accept then
    if r.status <> 'open' then
      raise exception 'volunteers_request_not_open' using errcode = '55000';
    end if;
    update public.help_requests set status = 'collective', collective_id = p.id where id = request;
    insert into public.memberships (circle_id, user_id, role) values (p.circle_id, r.requester_id, 'member')
    on conflict do nothing;
  end if;
  return p.circle_id;
end;
$$;
comment on function public.volunteers_answer_invitation(uuid, boolean) is 'A resident accepts or ignores the invitation to the collective approach for their request.';
revoke execute on function public.volunteers_answer_invitation(uuid, boolean) from public, anon;
grant execute on function public.volunteers_answer_invitation(uuid, boolean) to authenticated, service_role;

alter table public.collective_proposals enable row level security;
alter table public.collective_invitations enable row level security;
grant select on public.collective_proposals, public.collective_invitations to authenticated;
grant all on public.collective_proposals, public.collective_invitations to service_role;

create policy "Workers read the collective proposals of their neighbourhoods"
  on public.collective_proposals for select to authenticated
  using ((select private.volunteers_is_worker_for_any(neighbourhood_ids)));

create policy "Residents read the invitations for their requests"
  on public.collective_invitations for select to authenticated
  using ((select private.volunteers_owns_request(request_id)));

create policy "Residents read the collective proposals they are invited to"
  on public.collective_proposals for select to authenticated
  using (exists (
    select 1 from public.collective_invitations i
    where i.collective_id = id and i.invited_at is not null and (select private.volunteers_owns_request(i.request_id))
  ));
