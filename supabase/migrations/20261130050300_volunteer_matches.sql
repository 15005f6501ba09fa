-- Proposed and accepted matches between a help request and a volunteer. Written by the
-- assignment job (service path) and by the rule functions below, never directly by a
-- client. At most one live (proposed or accepted) match per request. A request with
-- children or a home visit is only ever matched to a volunteer with a valid VOG: the
-- trigger below holds for every writer, the job included.

create table public.volunteer_matches (
  id uuid primary key default gen_random_uuid(),
  request_id uuid not null references public.help_requests (id) on delete cascade,
  volunteer_id uuid not null references public.volunteer_profiles (user_id) on delete cascade,
  status text not null default 'proposed' check (status in ('proposed', 'accepted', 'declined', 'expired', 'withdrawn', 'closed')),
  source text not null default 'job' check (source in ('job', 'worker')),
  cost int not null default 0,
  reasons jsonb not null default '[]'::jsonb,
  proposed_at timestamptz not null default now(),
  expires_at timestamptz not null default now() + interval '3 days',
  answered_at timestamptz,
  decline_reason text check (char_length(decline_reason) <= 500),
  confirmed_at timestamptz,
  confirmed_by uuid references public.profiles (id) on delete set null,
  worker_note text check (char_length(worker_note) <= 500),
  volunteer_name text,
  requester_name text
);
comment on table public.volunteer_matches is 'A proposal of a volunteer for a help request, and its answer; first names only once accepted.';
create unique index volunteer_matches_one_live_idx on public.volunteer_matches (request_id)
  where status in ('proposed', 'accepted');
create index volunteer_matches_volunteer_idx on public.volunteer_matches (volunteer_id, status);
create index volunteer_matches_expiry_idx on public.volunteer_matches (expires_at) where status = 'proposed';

-- The rules for a live match. Updates are checked per row; inserts per statement (the
-- job writes hundreds at once), with the inserted rows as a transition table.
create function private.volunteers_check_match() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  r public.help_requests;
begin
  if new.status not in ('proposed', 'accepted') then
    return new;
  end if;
  select * into r from public.help_requests where id = new.request_id;
  if (r.involves_children or r.home_visit or r.skill_slug = 'childcare')
     and not private.volunteers_has_valid_vog(new.volunteer_id) then
    raise exception 'volunteers_vog_required' using errcode = '23514';
  end if;
  return new;
end;
$$;

create trigger volunteer_matches_check
  before update of status, volunteer_id, request_id on public.volunteer_matches
  for each row execute function private.volunteers_check_match();

create function private.volunteers_check_new_matches() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if exists (
    select 1 from inserted m join public.help_requests r on r.id = m.request_id
    where m.status in ('proposed', 'accepted')
      and (r.involves_children or r.home_visit or r.skill_slug = 'childcare')
      and not exists (
        select 1 from public.volunteer_profiles v
        where v.user_id = m.volunteer_id and v.vog_status = 'valid' and v.vog_date > current_date - interval '3 years')
  ) then
    raise exception 'volunteers_vog_required' using errcode = '23514';
  end if;
  if exists (
    select 1 from inserted m
    where m.status in ('proposed', 'accepted') and not exists (
      select 1 from public.volunteer_profiles v where v.user_id = m.volunteer_id and v.status = 'active')
  ) then
    raise exception 'volunteers_volunteer_not_active' using errcode = '23514';
  end if;
  if exists (
    select 1 from inserted m join public.help_requests r on r.id = m.request_id
    where m.status in ('proposed', 'accepted') and r.status <> 'open'
  ) then
    raise exception 'volunteers_request_not_open' using errcode = '23514';
  end if;
  return null;
end;
$$;

create trigger volunteer_matches_check_new
  after insert on public.volunteer_matches
  referencing new table as inserted
  for each statement execute function private.volunteers_check_new_matches();

-- Changing a matched request to involve children or a home visit needs a valid VOG too.
create function private.volunteers_check_request_vog() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if (new.involves_children or new.home_visit or new.skill_slug = 'childcare') and exists (
    select 1 from public.volunteer_matches m
    where m.request_id = new.id and m.status in ('proposed', 'accepted')
      and not private.volunteers_has_valid_vog(m.volunteer_id)
  ) then
    raise exception 'volunteers_vog_required' using errcode = '23514';
  end if;
  return new;
end;
$$;

create trigger help_requests_check_vog
  before update of involves_children, home_visit, skill_slug on public.help_requests
  for each row execute function private.volunteers_check_request_vog();

-- A paused or closed request takes back its open proposal; a closed one ends its match.
create function private.volunteers_request_status_changed() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.status in ('paused', 'closed') and old.status is distinct from new.status then
    update public.volunteer_matches set status = 'withdrawn'
    where request_id = new.id and status = 'proposed';
  end if;
  if new.status = 'closed' and old.status is distinct from new.status then
    update public.volunteer_matches set status = 'closed'
    where request_id = new.id and status = 'accepted';
  end if;
  return new;
end;
$$;

create trigger help_requests_status_changed
  after update of status on public.help_requests
  for each row execute function private.volunteers_request_status_changed();

-- Whether the signed-in volunteer has this request proposed to them or accepted.
create function private.volunteers_is_proposed_to_me(request uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.volunteer_matches
    where request_id = request and volunteer_id = (select auth.uid()) and status in ('proposed', 'accepted')
  )
$$;

-- Whether the signed-in person asked for this request (themselves or as the circle's host).
create function private.volunteers_owns_request(request uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.help_requests r
    where r.id = request
      and (r.requester_id = (select auth.uid())
           or (r.circle_id is not null and exists (
             select 1 from public.memberships m
             where m.circle_id = r.circle_id and m.user_id = (select auth.uid()) and m.role = 'host')))
  )
$$;

create function private.volunteers_request_neighbourhood(request uuid) returns uuid
language sql stable security definer set search_path = '' as $$
  select neighbourhood_id from public.help_requests where id = request
$$;

revoke execute on function private.volunteers_is_proposed_to_me(uuid) from public;
revoke execute on function private.volunteers_owns_request(uuid) from public;
revoke execute on function private.volunteers_request_neighbourhood(uuid) from public;
grant execute on function private.volunteers_is_proposed_to_me(uuid) to authenticated, service_role;
grant execute on function private.volunteers_owns_request(uuid) to authenticated, service_role;
grant execute on function private.volunteers_request_neighbourhood(uuid) to authenticated, service_role;

create function private.volunteers_first_name(person uuid) returns text
language sql stable security definer set search_path = '' as $$
  select split_part(coalesce(nullif(trim(pseudonym), ''), display_name), ' ', 1) from public.profiles where id = person
$$;
revoke execute on function private.volunteers_first_name(uuid) from public;

-- The volunteer answers a proposal. Once: a second answer, or one after it expired, is
-- refused. Accepting shares first names, marks the request matched and, for a circle's
-- request, makes the volunteer a member so they can use the circle's chat.
create function public.volunteers_answer_proposal(proposal uuid, accept boolean, reason text default '')
returns text
language plpgsql security definer set search_path = '' as $$
declare
  mt public.volunteer_matches;
  r public.help_requests;
begin
  select * into mt from public.volunteer_matches where id = proposal for update;
  if not found or mt.volunteer_id is distinct from (select auth.uid()) then
    raise exception 'volunteers_not_found' using errcode = 'P0002';
  end if;
  if mt.status <> 'proposed' then
    raise exception 'volunteers_proposal_not_open' using errcode = '55000';
  end if;
  if mt.expires_at <= now() then
    raise exception 'volunteers_proposal_expired' using errcode = '55000';
  end if;
  select * into r from public.help_requests where id = mt.request_id for update;
  if not accept then
    update public.volunteer_matches
    set status = 'declined', answered_at = now(), decline_reason = nullif(left(trim(coalesce(reason, '')), 500), '')
    where id = proposal;
    return 'declined';
  end if;
  if r.status <> 'open' then
    raise exception 'volunteers_request_not_open' using errcode = '55000';
  end if;
  update public.volunteer_matches
  set status = 'accepted', answered_at = now(),
      volunteer_name = private.volunteers_first_name(mt.volunteer_id),
      requester_name = private.volunteers_first_name(r.requester_id)
  where id = proposal;
  update public.help_requests set status = 'matched' where id = r.id;
  if r.circle_id is not null then
    insert into public.memberships (circle_id, user_id, role)
    values (r.circle_id, mt.volunteer_id, 'member')
    on conflict do nothing;
  end if;
  perform public.notify(r.requester_id, 'volunteer_match_accepted',
    jsonb_build_object('name', private.volunteers_first_name(mt.volunteer_id)), '/requests/' || r.id);
  return 'accepted';
end;
$$;
comment on function public.volunteers_answer_proposal(uuid, boolean, text) is 'A volunteer accepts or declines a proposal made to them, once, before it expires.';
revoke execute on function public.volunteers_answer_proposal(uuid, boolean, text) from public, anon;
grant execute on function public.volunteers_answer_proposal(uuid, boolean, text) to authenticated, service_role;

-- A worker of the request's neighbourhood (or an admin) confirms a proposal or match, or
-- withdraws it (the request goes back into the pool), with a note. Two workers confirming
-- at once: the row lock makes the second one wait and then find it already confirmed.
create function public.volunteers_worker_decide(proposal uuid, decision text, note text default '')
returns void
language plpgsql security definer set search_path = '' as $$
declare
  mt public.volunteer_matches;
begin
  select * into mt from public.volunteer_matches where id = proposal for update;
  if not found or not private.volunteers_is_worker_for(private.volunteers_request_neighbourhood(mt.request_id)) then
    raise exception 'volunteers_not_found' using errcode = 'P0002';
  end if;
  if mt.status not in ('proposed', 'accepted') then
    raise exception 'volunteers_proposal_not_open' using errcode = '55000';
  end if;
  if decision = 'confirm' then
    if mt.confirmed_at is not null then
      raise exception 'volunteers_already_confirmed' using errcode = '55000';
    end if;
    update public.volunteer_matches
    set confirmed_at = now(), confirmed_by = (select auth.uid()), worker_note = nullif(left(trim(coalesce(note, '')), 500), ''),
        expires_at = greatest(expires_at, now() + interval '3 days')
    where id = proposal;
  elsif decision = 'withdraw' then
    update public.volunteer_matches
    set status = 'withdrawn', worker_note = nullif(left(trim(coalesce(note, '')), 500), '')
    where id = proposal;
    update public.help_requests set status = 'open' where id = mt.request_id and status = 'matched';
  else
    raise exception 'volunteers_decision_unknown' using errcode = '22023';
  end if;
end;
$$;
comment on function public.volunteers_worker_decide(uuid, text, text) is 'A neighbourhood worker confirms or withdraws a proposal, with a note.';
revoke execute on function public.volunteers_worker_decide(uuid, text, text) from public, anon;
grant execute on function public.volunteers_worker_decide(uuid, text, text) to authenticated, service_role;

-- A worker proposes a volunteer of their choice (reassign or override): the open
-- proposal is withdrawn and a new one made. The VOG trigger still applies.
create function public.volunteers_worker_propose(request uuid, volunteer uuid, note text default '')
returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  r public.help_requests;
  made uuid;
begin
  select * into r from public.help_requests where id = request for update;
  if not found or r.neighbourhood_id is null or not private.volunteers_is_worker_for(r.neighbourhood_id) then
    raise exception 'volunteers_not_found' using errcode = 'P0002';
  end if;
  update public.volunteer_matches set status = 'withdrawn', worker_note = nullif(left(trim(coalesce(note, '')), 500), '')
  where request_id = request and status in ('proposed', 'accepted');
  update public.help_requests set status = 'open' where id = request and status = 'matched';
  insert into public.volunteer_matches (request_id, volunteer_id, source, reasons, worker_note, confirmed_at, confirmed_by)
  values (request, volunteer, 'worker', '[{"key":"worker"}]'::jsonb, nullif(left(trim(coalesce(note, '')), 500), ''), now(), (select auth.uid()))
  returning id into made;
  perform public.notify(volunteer, 'volunteer_proposal', '{}'::jsonb, '/volunteer');
  return made;
end;
$$;
comment on function public.volunteers_worker_propose(uuid, uuid, text) is 'A neighbourhood worker proposes a volunteer of their choice for a request, replacing the open proposal.';
revoke execute on function public.volunteers_worker_propose(uuid, uuid, text) from public, anon;
grant execute on function public.volunteers_worker_propose(uuid, uuid, text) to authenticated, service_role;

alter table public.volunteer_matches enable row level security;
grant select on public.volunteer_matches to authenticated;
grant all on public.volunteer_matches to service_role;

create policy "Volunteers read the proposals made to them"
  on public.volunteer_matches for select to authenticated
  using (volunteer_id = (select auth.uid()));

create policy "Requesters read the matches of their requests"
  on public.volunteer_matches for select to authenticated
  using ((select private.volunteers_owns_request(request_id)));

create policy "Workers read the matches of their neighbourhood"
  on public.volunteer_matches for select to authenticated
  using ((select private.volunteers_is_worker_for(private.volunteers_request_neighbourhood(request_id))));

create policy "Volunteers read the requests proposed to them"
  on public.help_requests for select to authenticated
  using ((select private.volunteers_is_proposed_to_me(id)));
