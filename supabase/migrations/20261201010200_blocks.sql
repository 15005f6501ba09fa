-- Blocking (issue 10 point 22): a resident blocks another person. The database keeps them
-- apart: no messages in a volunteer conversation between them, no volunteer proposal
-- that pairs them, no invitation from one to the other, and joining a circle that a
-- blocked person hosts only after the joiner confirmed a warning. The blocked person is
-- never told: an invitation from them is quietly not made, as if it were.

create table public.blocks (
  blocker_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  blocked_id uuid not null references public.profiles (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (blocker_id, blocked_id),
  check (blocker_id <> blocked_id)
);
comment on table public.blocks is 'Who blocked whom. Only the blocker sees their own blocks; the blocked person is not told.';
create index blocks_blocked_idx on public.blocks (blocked_id);

alter table public.blocks enable row level security;
grant select, delete on public.blocks to authenticated;
grant insert (blocked_id) on public.blocks to authenticated;
grant all on public.blocks to service_role;

create policy "People read the blocks they made"
  on public.blocks for select to authenticated
  using (blocker_id = (select auth.uid()));
create policy "People block someone"
  on public.blocks for insert to authenticated
  with check (blocker_id = (select auth.uid()));
create policy "People lift a block they made"
  on public.blocks for delete to authenticated
  using (blocker_id = (select auth.uid()));

-- Whether either of two people blocked the other.
create function private.blocked_between(a uuid, b uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.blocks
    where (blocker_id = a and blocked_id = b) or (blocker_id = b and blocked_id = a)
  )
$$;
revoke execute on function private.blocked_between(uuid, uuid) from public, anon;
grant execute on function private.blocked_between(uuid, uuid) to authenticated, service_role;

-- The other person of a volunteer match, seen from `person`.
create function private.blocked_in_match(match uuid, person uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.volunteer_matches mt
    join public.help_requests r on r.id = mt.request_id
    where mt.id = match
      and private.blocked_between(person, case when person = mt.volunteer_id then r.requester_id else mt.volunteer_id end)
  )
$$;
revoke execute on function private.blocked_in_match(uuid, uuid) from public, anon;
grant execute on function private.blocked_in_match(uuid, uuid) to authenticated, service_role;

-- No messages between two people when either blocked the other (a restrictive policy:
-- it holds on top of every permissive one).
create policy "No messages between people who blocked each other"
  on public.volunteer_messages as restrictive for insert to authenticated
  with check (not (select private.blocked_in_match(match_id, (select auth.uid()))));

-- No volunteer proposal pairs two people when either blocked the other, also when a worker
-- assigns by hand.
create function private.volunteer_match_not_blocked() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.status in ('proposed', 'accepted') and exists (
    select 1 from public.help_requests r
    where r.id = new.request_id and private.blocked_between(r.requester_id, new.volunteer_id)
  ) then
    raise exception 'volunteers_blocked' using errcode = '42501';
  end if;
  return new;
end;
$$;
revoke execute on function private.volunteer_match_not_blocked() from public, anon, authenticated;
create trigger volunteer_matches_not_blocked
  before insert or update of status, volunteer_id on public.volunteer_matches
  for each row execute function private.volunteer_match_not_blocked();

-- An invitation from or to someone the other blocked is quietly not made: the inviter
-- cannot tell a block from an invitation that was simply not answered.
create function private.invitation_not_blocked() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.user_id is not null and new.invited_by is not null
     and private.blocked_between(new.user_id, new.invited_by) then
    return null;
  end if;
  return new;
end;
$$;
revoke execute on function private.invitation_not_blocked() from public, anon, authenticated;
create trigger circle_invitations_not_blocked
  before insert on public.circle_invitations
  for each row execute function private.invitation_not_blocked();

-- Joining a circle that someone you blocked hosts needs a confirmed warning: the app sets
-- kring.accept_blocked_host for that one transaction after the person ticked it. Only the
-- person's own join is checked: a host approving a request, or the waiting list moving
-- up, happens after the person already joined through this warning.
create function private.join_not_blocked_host() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.user_id = (select auth.uid())
     and coalesce(current_setting('kring.accept_blocked_host', true), '') <> 'on' and exists (
    select 1 from public.memberships m
    join public.blocks b on b.blocker_id = new.user_id and b.blocked_id = m.user_id
    where m.circle_id = new.circle_id and m.role = 'host'
  ) then
    raise exception 'circle_host_blocked' using errcode = 'P0001';
  end if;
  return new;
end;
$$;
revoke execute on function private.join_not_blocked_host() from public, anon, authenticated;
create trigger memberships_not_blocked_host
  before insert on public.memberships
  for each row execute function private.join_not_blocked_host();
create trigger join_requests_not_blocked_host
  before insert on public.join_requests
  for each row execute function private.join_not_blocked_host();

-- The name (pseudonym first) of someone the caller blocked, also when they no longer
-- share a circle; null for anyone else.
create function private.blocked_person_name(person uuid) returns text
language sql stable security definer set search_path = '' as $$
  select coalesce(p.pseudonym, p.display_name) from public.profiles p
  where p.id = person and exists (
    select 1 from public.blocks b where b.blocker_id = (select auth.uid()) and b.blocked_id = person)
$$;
revoke execute on function private.blocked_person_name(uuid) from public, anon;
grant execute on function private.blocked_person_name(uuid) to authenticated;

-- The hosts of a circle that the caller blocked (names, pseudonym first): the warning
-- before joining.
create function private.blocked_hosts(circle uuid) returns setof text
language sql stable security definer set search_path = '' as $$
  select coalesce(p.pseudonym, p.display_name)
  from public.memberships m
  join public.blocks b on b.blocker_id = (select auth.uid()) and b.blocked_id = m.user_id
  join public.profiles p on p.id = m.user_id
  where m.circle_id = circle and m.role = 'host'
$$;
revoke execute on function private.blocked_hosts(uuid) from public, anon;
grant execute on function private.blocked_hosts(uuid) to authenticated;
