-- Membership only by a person's own action: joining (join_circle), or accepting an
-- invitation addressed to them or a link. Nobody is added to a circle by someone else,
-- and nobody becomes co-host unless they accept the hosts' offer. Invitations and
-- memberships are written only by security-definer functions that check the rules, so a
-- failed insert can no longer tell a worker or host who exists, who is a member, or who
-- was invited from a proposal (a unique-key error was such an oracle). Workers make
-- invitation links; they do not join a private circle through a link made by staff.

-- A co-host offer is an invitation with role 'host', for someone already a member.
alter table public.circle_invitations
  add column role text not null default 'member' check (role in ('member', 'host'));
comment on column public.circle_invitations.role is 'member: an invitation to join; host: a member is offered to co-host (they accept or decline).';

-- Only functions write invitations and memberships.
revoke insert on public.circle_invitations from authenticated;
drop policy "Hosts and workers invite people or make links" on public.circle_invitations;
revoke insert, update on public.memberships from authenticated;
drop policy "People join open circles" on public.memberships;
drop policy "Hosts add members" on public.memberships;
drop policy "Hosts change roles in their circle" on public.memberships;

-- A secret invitation link to a circle, for its hosts, workers and admins.
create function public.create_circle_invitation_link(circle uuid) returns text
language plpgsql security definer set search_path = '' as $$
declare
  secret text := replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', '');
begin
  if (select auth.uid()) is null or not private.can_invite_to_circle(circle)
     or not exists (select 1 from public.circles c where c.id = circle and c.status in ('proposed', 'published')) then
    raise exception 'not_allowed' using errcode = '42501';
  end if;
  insert into public.circle_invitations (circle_id, token, invited_by, source)
  values (circle, secret, (select auth.uid()), 'link');
  return secret;
end;
$$;
comment on function public.create_circle_invitation_link(uuid) is 'Makes a secret invitation link to a circle (hosts, workers, admins); returns its token.';
revoke execute on function public.create_circle_invitation_link(uuid) from public, anon;
grant execute on function public.create_circle_invitation_link(uuid) to authenticated;

-- Accepting an invitation addressed to you: you join, or (an offer) you become co-host.
create or replace function public.accept_circle_invitation(invitation uuid) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  inv public.circle_invitations;
begin
  select * into inv from public.circle_invitations
  where id = invitation and user_id = (select auth.uid()) and status = 'pending'
  for update;
  if not found then
    raise exception 'no open invitation' using errcode = 'P0002';
  end if;
  if inv.role = 'host' then
    update public.memberships set role = 'host' where circle_id = inv.circle_id and user_id = inv.user_id;
    if not found then
      raise exception 'no open invitation' using errcode = 'P0002';
    end if;
  else
    insert into public.memberships (circle_id, user_id, role) values (inv.circle_id, inv.user_id, 'member')
    on conflict do nothing;
  end if;
  update public.circle_invitations set status = 'accepted', responded_at = now() where id = inv.id;
  return inv.circle_id;
end;
$$;

-- A link makes the signed-in person a member; the link stays usable. Staff (workers,
-- admins) invite with links but do not join a private circle through a link made by
-- staff: only a host of the circle can invite them in. Nobody uses their own link.
create or replace function public.accept_circle_invitation_link(secret text) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  inv public.circle_invitations;
  c public.circles;
  me uuid := (select auth.uid());
begin
  select * into inv from public.circle_invitations where token = secret and status = 'pending';
  if not found or me is null then
    raise exception 'no open invitation' using errcode = 'P0002';
  end if;
  select * into c from public.circles where id = inv.circle_id;
  if not found or c.status not in ('proposed', 'published') then
    raise exception 'no open invitation' using errcode = 'P0002';
  end if;
  if inv.invited_by is not distinct from me
     or ((private.has_role('worker') or private.has_role('admin'))
         and c.visibility = 'private'
         and not exists (
           select 1 from public.memberships m
           where m.circle_id = c.id and m.user_id = inv.invited_by and m.role = 'host'
         )) then
    raise exception 'no open invitation' using errcode = 'P0002';
  end if;
  insert into public.memberships (circle_id, user_id, role) values (c.id, me, 'member')
  on conflict do nothing;
  return c.id;
end;
$$;

-- A host changes a member's role. Back to member at once (the last host stays, see
-- guard_last_host); to co-host only by an offer the member accepts. The answer is the
-- same whether an offer was new or already open.
create function public.set_circle_member_role(circle uuid, member uuid, new_role text) returns text
language plpgsql security definer set search_path = '' as $$
declare
  c public.circles;
  their_role text;
begin
  if not private.is_circle_host(circle) then
    raise exception 'not_host' using errcode = '42501';
  end if;
  select m.role into their_role from public.memberships m where m.circle_id = circle and m.user_id = member;
  if not found then
    raise exception 'not_member' using errcode = 'P0001';
  end if;
  if new_role = 'member' then
    update public.memberships set role = 'member' where circle_id = circle and user_id = member;
    update public.circle_invitations set status = 'revoked', responded_at = now()
    where circle_id = circle and user_id = member and status = 'pending' and role = 'host';
    return 'member';
  elsif new_role <> 'host' then
    raise exception 'unknown_role' using errcode = 'P0001';
  end if;
  if their_role = 'host' then
    return 'host';
  end if;
  -- An old invitation to join is answered: they are a member already.
  update public.circle_invitations set status = 'accepted', responded_at = now()
  where circle_id = circle and user_id = member and status = 'pending' and role = 'member';
  if not exists (
    select 1 from public.circle_invitations
    where circle_id = circle and user_id = member and status = 'pending'
  ) then
    insert into public.circle_invitations (circle_id, user_id, invited_by, source, role)
    values (circle, member, (select auth.uid()), 'host', 'host')
    on conflict do nothing;
    select * into c from public.circles where id = circle;
    perform public.notify(member, 'cohost_offer',
      jsonb_build_object('circle', c.name, 'circle_slug', c.slug), '/questions');
  end if;
  return 'offered';
end;
$$;
comment on function public.set_circle_member_role(uuid, uuid, text) is 'A host makes a co-host a member again, or offers a member to co-host (they accept); returns member, host or offered.';
revoke execute on function public.set_circle_member_role(uuid, uuid, text) from public, anon;
grant execute on function public.set_circle_member_role(uuid, uuid, text) to authenticated;
