-- Joining a circle: open circles at once, others by a join request the hosts decide on;
-- a waiting list when a circle is full that moves up by itself when a seat frees.
-- Leaving is always possible, except for the last host of an active circle.

create table public.join_requests (
  id uuid primary key default gen_random_uuid(),
  circle_id uuid not null references public.circles (id) on delete cascade,
  user_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  message text not null default '' check (char_length(message) <= 1000),
  status text not null default 'pending' check (status in ('pending', 'waiting', 'approved', 'declined', 'withdrawn')),
  decided_by uuid references public.profiles (id) on delete set null,
  decision_reason text not null default '' check (char_length(decision_reason) <= 1000),
  created_at timestamptz not null default now(),
  decided_at timestamptz
);
comment on table public.join_requests is 'A request to join a circle (pending for approval circles, waiting when the circle is full).';
create index join_requests_circle_idx on public.join_requests (circle_id, status, created_at);
create unique index join_requests_one_open_idx
  on public.join_requests (circle_id, user_id) where status in ('pending', 'waiting');

create function public.circle_has_seat(circle uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select coalesce(c.capacity is null or (select count(*) from public.memberships m where m.circle_id = c.id) < c.capacity, false)
  from public.circles c where c.id = circle
$$;

-- The one way to join: decides between joining now, asking, or the waiting list.
create function public.join_circle(circle uuid, note text default '') returns text
language plpgsql security definer set search_path = '' as $$
declare
  me uuid := (select auth.uid());
  c public.circles;
begin
  if me is null then
    raise exception 'sign in first' using errcode = '42501';
  end if;
  select * into c from public.circles where id = circle for update;
  if not found or c.status <> 'published' or c.visibility <> 'public' then
    raise exception 'circle_not_joinable' using errcode = 'P0001';
  end if;
  if exists (select 1 from public.memberships where circle_id = circle and user_id = me) then
    raise exception 'already_member' using errcode = 'P0001';
  end if;
  if exists (select 1 from public.join_requests where circle_id = circle and user_id = me and status in ('pending', 'waiting')) then
    raise exception 'already_requested' using errcode = 'P0001';
  end if;
  if char_length(coalesce(note, '')) > 1000 then
    raise exception 'message_too_long' using errcode = 'P0001';
  end if;
  if c.join_policy = 'approval' then
    insert into public.join_requests (circle_id, user_id, message) values (circle, me, coalesce(note, ''));
    perform public.notify(m.user_id, 'join_request_received',
      jsonb_build_object('circle', c.name, 'circle_slug', c.slug), '/circles/' || c.slug || '/manage')
    from public.memberships m where m.circle_id = circle and m.role = 'host';
    return 'requested';
  end if;
  if not public.circle_has_seat(circle) then
    insert into public.join_requests (circle_id, user_id, message, status) values (circle, me, coalesce(note, ''), 'waiting');
    return 'waiting';
  end if;
  insert into public.memberships (circle_id, user_id, role) values (circle, me, 'member');
  return 'joined';
end;
$$;
comment on function public.join_circle(uuid, text) is 'Join an open circle, ask to join an approval circle, or join the waiting list when full.';

-- Hosts approve (member now, or on the waiting list when full) or decline with a reason.
create function public.decide_join_request(request uuid, approve boolean, reason text default '') returns text
language plpgsql security definer set search_path = '' as $$
declare
  r public.join_requests;
  c public.circles;
  outcome text;
begin
  select * into r from public.join_requests where id = request and status = 'pending' for update;
  if not found then
    raise exception 'request_not_open' using errcode = 'P0001';
  end if;
  if not public.is_circle_host(r.circle_id) then
    raise exception 'not_host' using errcode = '42501';
  end if;
  if char_length(coalesce(reason, '')) > 1000 then
    raise exception 'message_too_long' using errcode = 'P0001';
  end if;
  select * into c from public.circles where id = r.circle_id for update;
  if not approve then
    update public.join_requests
      set status = 'declined', decided_by = (select auth.uid()), decision_reason = coalesce(reason, ''), decided_at = now()
      where id = r.id;
    outcome := 'declined';
  elsif public.circle_has_seat(r.circle_id) then
    update public.join_requests
      set status = 'approved', decided_by = (select auth.uid()), decision_reason = coalesce(reason, ''), decided_at = now()
      where id = r.id;
    insert into public.memberships (circle_id, user_id, role) values (r.circle_id, r.user_id, 'member') on conflict do nothing;
    outcome := 'approved';
  else
    update public.join_requests
      set status = 'waiting', decided_by = (select auth.uid()), decision_reason = coalesce(reason, '')
      where id = r.id;
    outcome := 'waiting';
  end if;
  perform public.notify(r.user_id, 'join_request_' || outcome,
    jsonb_build_object('circle', c.name, 'circle_slug', c.slug, 'reason', coalesce(reason, '')),
    '/circles/' || c.slug);
  return outcome;
end;
$$;

-- A host removes a member and tells them why.
create function public.remove_circle_member(circle uuid, member uuid, reason text default '') returns void
language plpgsql security definer set search_path = '' as $$
declare
  c public.circles;
begin
  if not public.is_circle_host(circle) then
    raise exception 'not_host' using errcode = '42501';
  end if;
  if member = (select auth.uid()) then
    raise exception 'use_leave' using errcode = 'P0001';
  end if;
  if char_length(coalesce(reason, '')) > 1000 then
    raise exception 'message_too_long' using errcode = 'P0001';
  end if;
  delete from public.memberships where circle_id = circle and user_id = member;
  if not found then
    raise exception 'not_member' using errcode = 'P0001';
  end if;
  select * into c from public.circles where id = circle;
  perform public.notify(member, 'removed_from_circle',
    jsonb_build_object('circle', c.name, 'circle_slug', c.slug, 'reason', coalesce(reason, '')), null);
end;
$$;

-- The last host cannot leave (or step down) while the circle is still active.
create function public.guard_last_host() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if old.role = 'host'
     and (tg_op = 'DELETE' or new.role <> 'host')
     and exists (select 1 from public.circles c where c.id = old.circle_id and c.status in ('proposed', 'published'))
     and not exists (
       select 1 from public.memberships m
       where m.circle_id = old.circle_id and m.role = 'host' and m.user_id <> old.user_id
     )
     -- a deleted circle or account takes its memberships with it
     and exists (select 1 from public.profiles p where p.id = old.user_id) then
    raise exception 'last_host' using errcode = 'P0001';
  end if;
  return coalesce(new, old);
end;
$$;

create trigger memberships_guard_last_host
  before delete or update of role on public.memberships
  for each row execute function public.guard_last_host();

-- A freed seat goes to the first person on the waiting list.
create function public.move_up_waiting_list() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  next_in_line public.join_requests;
  c public.circles;
begin
  select * into c from public.circles where id = old.circle_id;
  if not found or c.status <> 'published' or not public.circle_has_seat(old.circle_id) then
    return null;
  end if;
  select * into next_in_line from public.join_requests
  where circle_id = old.circle_id and status = 'waiting'
  order by created_at limit 1 for update skip locked;
  if found then
    update public.join_requests set status = 'approved', decided_at = now() where id = next_in_line.id;
    insert into public.memberships (circle_id, user_id, role) values (old.circle_id, next_in_line.user_id, 'member')
    on conflict do nothing;
    perform public.notify(next_in_line.user_id, 'waiting_list_moved_up',
      jsonb_build_object('circle', c.name, 'circle_slug', c.slug), '/circles/' || c.slug);
  end if;
  return null;
end;
$$;

create trigger memberships_move_up_waiting_list
  after delete on public.memberships
  for each row execute function public.move_up_waiting_list();

-- Slugs are unique over all circles, also the ones the caller cannot see.
create function public.circle_slug_taken(wanted text) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.circles where slug = wanted)
$$;
grant execute on function public.circle_slug_taken(text) to authenticated;

-- Hosts see the names of people who ask to join, though they share no circle yet.
create function public.join_requester_names(circle uuid)
returns table (id uuid, pseudonym text, display_name text)
language sql stable security definer set search_path = '' as $$
  select p.id, p.pseudonym, p.display_name
  from public.profiles p
  where public.is_circle_host(circle)
    and exists (
      select 1 from public.join_requests r
      where r.circle_id = circle and r.user_id = p.id and r.status in ('pending', 'waiting')
    )
$$;

alter table public.join_requests enable row level security;

grant select on public.join_requests to anon, authenticated;
grant update (status) on public.join_requests to authenticated;
grant all on public.join_requests to service_role;
revoke execute on function public.join_circle(uuid, text), public.decide_join_request(uuid, boolean, text),
  public.remove_circle_member(uuid, uuid, text) from public, anon;
grant execute on function public.join_circle(uuid, text), public.decide_join_request(uuid, boolean, text),
  public.remove_circle_member(uuid, uuid, text) to authenticated;
grant execute on function public.circle_has_seat(uuid) to anon, authenticated;
revoke execute on function public.join_requester_names(uuid) from public, anon;
grant execute on function public.join_requester_names(uuid) to authenticated;

create policy "People read their own join requests"
  on public.join_requests for select to authenticated
  using (user_id = (select auth.uid()));

create policy "Hosts read join requests for their circle"
  on public.join_requests for select to authenticated
  using ((select public.is_circle_host(circle_id)));

create policy "People withdraw their own open join requests"
  on public.join_requests for update to authenticated
  using (user_id = (select auth.uid()) and status in ('pending', 'waiting'))
  with check (user_id = (select auth.uid()) and status = 'withdrawn');
