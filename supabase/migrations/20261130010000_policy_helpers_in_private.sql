-- Supabase's linter (splinter) found 23 security-definer functions executable by anon and
-- 32 by authenticated in the schema the Data API exposes (public): each one a REST
-- endpoint. Policy helpers and rule functions move to schema private (not exposed); a
-- moved function keeps its oid, so the policies that call it keep working, and keeps its
-- grants, because policies call it as the querying role. Functions whose bodies name a
-- moved helper are made again with the new name (bodies are looked up by name at run
-- time). Trigger functions stay where they are but nobody may call them directly. In
-- public stay only the functions a client may call; each checks every rule itself.
-- tests/integration/security-db.test.ts fails when a security-definer function in public
-- is executable by anon or authenticated without being on its allow-list.

alter function public.has_role(text) set schema private;
alter function public.is_circle_member(uuid) set schema private;
alter function public.is_circle_host(uuid) set schema private;
alter function public.shares_circle_with(uuid) set schema private;
alter function public.circle_is_listed(uuid) set schema private;
alter function public.circle_accepts_members(uuid) set schema private;
alter function public.can_invite_to_circle(uuid) set schema private;
alter function public.can_chat_in_circle(uuid) set schema private;
alter function public.circle_has_seat(uuid) set schema private;
alter function public.gathering_circle(uuid) set schema private;
alter function public.circle_slug_taken(text) set schema private;
alter function public.circle_member_count(uuid) set schema private;
alter function public.circle_host_names(uuid) set schema private;

-- Bodies that named a moved helper.
create or replace function private.can_chat_in_circle(circle uuid) returns boolean
language plpgsql stable security definer set search_path = '' as $$
begin
  return private.is_circle_member(circle) and exists (
    select 1 from public.circles c where c.id = circle and c.status in ('proposed', 'published')
  );
end;
$$;

create or replace function private.can_invite_to_circle(circle uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.is_circle_host(circle) or private.has_role('worker') or private.has_role('admin')
$$;

create or replace function private.circle_member_count(circle uuid) returns int
language sql stable security definer set search_path = '' as $$
  select count(*)::int from public.memberships
  where circle_id = circle
    and (private.circle_is_listed(circle) or private.is_circle_member(circle)
         or private.has_role('worker') or private.has_role('admin'))
$$;

create or replace function private.circle_host_names(circle uuid) returns setof text
language sql stable security definer set search_path = '' as $$
  select coalesce(p.pseudonym, p.display_name)
  from public.memberships m
  join public.profiles p on p.id = m.user_id
  where m.circle_id = circle and m.role = 'host'
    and (private.circle_is_listed(circle) or private.is_circle_member(circle)
         or private.has_role('worker') or private.has_role('admin'))
  order by m.joined_at
$$;

-- Whether a circle has a free seat: for rule functions (security definer) only.
revoke execute on function private.circle_has_seat(uuid) from public, anon, authenticated;

-- The same, for a circle the caller may see (the circle search); null for any other, so
-- nobody learns about a private circle by asking.
create function private.circle_has_open_seat(circle uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.circle_has_seat(circle)
  where private.circle_is_listed(circle) or private.is_circle_member(circle)
    or private.has_role('worker') or private.has_role('admin')
$$;
comment on function private.circle_has_open_seat(uuid) is 'Whether a circle the caller may see has a free seat; null for circles they may not see.';
revoke execute on function private.circle_has_open_seat(uuid) from public;
grant execute on function private.circle_has_open_seat(uuid) to anon, authenticated;

-- Slugs are unique over all circles: only a signed-in person starting a circle asks.
revoke execute on function private.circle_slug_taken(text) from public, anon;
grant execute on function private.circle_slug_taken(text) to authenticated;

-- The circle of a gathering, for the RSVP policies: only for circles the caller may see.
create or replace function private.gathering_circle(gathering uuid) returns uuid
language sql stable security definer set search_path = '' as $$
  select g.circle_id from public.gatherings g
  where g.id = gathering
    and (private.circle_is_listed(g.circle_id) or private.is_circle_member(g.circle_id)
         or private.has_role('worker') or private.has_role('admin'))
$$;
revoke execute on function private.gathering_circle(uuid) from public, anon;
grant execute on function private.gathering_circle(uuid) to authenticated;

create or replace function public.circle_member_counts(wanted uuid[])
returns table (circle_id uuid, members int)
language sql stable security definer set search_path = '' as $$
  select x.circle_id, x.members
  from (
    select c.id as circle_id,
      (select count(*)::int from public.memberships m where m.circle_id = c.id) as members
    from public.circles c
    where c.id = any (wanted)
      and (
        (c.visibility = 'public' and c.status in ('published', 'closed', 'archived'))
        or private.is_circle_member(c.id) or private.has_role('worker') or private.has_role('admin')
      )
  ) x
  where x.members > 0
$$;

create or replace function public.circle_invitation_counts(circle uuid)
returns table (invited int, accepted int, declined int)
language sql stable security definer set search_path = '' as $$
  select count(*)::int,
         count(*) filter (where status = 'accepted')::int,
         count(*) filter (where status = 'declined')::int
  from public.circle_invitations
  where circle_id = circle and user_id is not null and private.can_invite_to_circle(circle)
$$;

create or replace function public.join_circle(circle uuid, note text default '') returns text
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
  if not private.circle_has_seat(circle) then
    insert into public.join_requests (circle_id, user_id, message, status) values (circle, me, coalesce(note, ''), 'waiting');
    return 'waiting';
  end if;
  insert into public.memberships (circle_id, user_id, role) values (circle, me, 'member');
  return 'joined';
end;
$$;

create or replace function public.decide_join_request(request uuid, approve boolean, reason text default '') returns text
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
  if not private.is_circle_host(r.circle_id) then
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
  elsif private.circle_has_seat(r.circle_id) then
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

create or replace function public.remove_circle_member(circle uuid, member uuid, reason text default '') returns void
language plpgsql security definer set search_path = '' as $$
declare
  c public.circles;
begin
  if not private.is_circle_host(circle) then
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

create or replace function public.move_up_waiting_list() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  next_in_line public.join_requests;
  c public.circles;
begin
  select * into c from public.circles where id = old.circle_id;
  if not found or c.status <> 'published' or not private.circle_has_seat(old.circle_id) then
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

create or replace function public.join_requester_names(circle uuid)
returns table (id uuid, pseudonym text, display_name text)
language sql stable security definer set search_path = '' as $$
  select p.id, p.pseudonym, p.display_name
  from public.profiles p
  where private.is_circle_host(circle)
    and exists (
      select 1 from public.join_requests r
      where r.circle_id = circle and r.user_id = p.id and r.status in ('pending', 'waiting')
    )
$$;

create or replace function public.guard_circle_publication() returns trigger
language plpgsql set search_path = '' as $$
begin
  if current_user in ('anon', 'authenticated')
     and new.status = 'published'
     and (tg_op = 'INSERT' or old.status is distinct from 'published')
     and not (private.has_role('worker') or private.has_role('admin')) then
    raise exception 'publish_not_allowed' using errcode = '42501', detail = 'Only a neighbourhood worker or admin can publish a circle.';
  end if;
  return new;
end;
$$;

create or replace function public.guard_chat_message_update() returns trigger
language plpgsql set search_path = '' as $$
declare
  me uuid := (select auth.uid());
begin
  new.updated_at = greatest(clock_timestamp(), old.updated_at + interval '1 microsecond');
  if current_user not in ('anon', 'authenticated') then
    return new;
  end if;
  if new.id <> old.id or new.circle_id <> old.circle_id or new.author_id is distinct from old.author_id
     or new.client_id <> old.client_id or new.created_at <> old.created_at then
    raise exception 'a message stays where and by whom it was written' using errcode = '42501';
  end if;
  if (new.body is distinct from old.body or new.edited_at is distinct from old.edited_at
      or new.deleted_at is distinct from old.deleted_at)
     and (old.author_id is distinct from me or old.deleted_at is not null) then
    raise exception 'only the author changes a message' using errcode = '42501';
  end if;
  if (new.hidden_at is distinct from old.hidden_at or new.hidden_by is distinct from old.hidden_by
      or new.hidden_reason is distinct from old.hidden_reason)
     and (not private.is_circle_host(old.circle_id) or (new.hidden_at is not null and new.hidden_by is distinct from me)) then
    raise exception 'only a host hides a message, in their own name' using errcode = '42501';
  end if;
  return new;
end;
$$;

create or replace function public.seed_circle_from_proposal(proposal uuid, circle uuid) returns int
language plpgsql security definer set search_path = '' as $$
declare
  p public.circle_proposals;
  c public.circles;
  r record;
  inv uuid;
  invited int := 0;
begin
  if not (private.has_role('worker') or private.has_role('admin')) then
    raise exception 'only a neighbourhood worker or admin seeds circles' using errcode = '42501';
  end if;
  select * into p from public.circle_proposals where id = proposal and status = 'open' for update;
  if not found then
    raise exception 'no open proposal' using errcode = 'P0002';
  end if;
  select * into c from public.circles where id = circle;
  if not found or not (c.created_by = (select auth.uid()) or private.has_role('admin')) then
    raise exception 'only the creator of the circle seeds it' using errcode = '42501';
  end if;

  -- Only people whose question is still open and who still consent are invited.
  for r in
    select distinct q.user_id
    from public.circle_proposal_questions pq
    join public.questions q on q.id = pq.question_id
    where pq.proposal_id = p.id and q.status = 'open' and q.consent_to_contact
      and q.user_id is distinct from c.created_by
      and not exists (select 1 from public.memberships m where m.circle_id = c.id and m.user_id = q.user_id)
  loop
    inv := null;
    insert into public.circle_invitations (circle_id, user_id, invited_by, source)
    values (c.id, r.user_id, (select auth.uid()), 'proposal')
    on conflict do nothing
    returning id into inv;
    if inv is not null then
      invited := invited + 1;
      perform public.notify(
        r.user_id, 'circle_invitation',
        jsonb_build_object('circle_id', c.id, 'circle_name', c.name, 'circle_slug', c.slug,
                           'invitation_id', inv, 'source', 'proposal'),
        '/questions');
    end if;
  end loop;

  update public.circle_proposals
  set status = 'seeded', circle_id = c.id, seeded_by = (select auth.uid()), seeded_at = now()
  where id = p.id;
  -- Published only now, so the "a circle fits your question" notice skips the invited.
  if c.status = 'proposed' then
    update public.circles set status = 'published' where id = c.id;
  end if;
  return invited;
end;
$$;

-- Trigger functions run as triggers whatever the grants; nobody calls them directly.
do $$
declare
  f regprocedure;
begin
  for f in
    select p.oid::regprocedure from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'public' and p.prosecdef and p.prorettype = 'trigger'::regtype
  loop
    execute format('revoke execute on function %s from public, anon, authenticated', f);
  end loop;
end $$;
