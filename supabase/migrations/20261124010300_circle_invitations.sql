-- Invitations to a circle: from a host or worker to a person, as a shareable link, or
-- (seeded circles) to the residents behind a proposal. A worker never learns who was
-- invited from a proposal: they see counts only, until people join.

create table public.circle_invitations (
  id uuid primary key default gen_random_uuid(),
  circle_id uuid not null references public.circles (id) on delete cascade,
  user_id uuid references public.profiles (id) on delete cascade,
  token text unique check (token is null or char_length(token) >= 20),
  invited_by uuid references public.profiles (id) on delete set null,
  source text not null default 'host' check (source in ('host', 'worker', 'proposal', 'link')),
  message text not null default '' check (char_length(message) <= 1000),
  status text not null default 'pending' check (status in ('pending', 'accepted', 'declined', 'revoked')),
  created_at timestamptz not null default now(),
  responded_at timestamptz,
  check ((user_id is null) <> (token is null))
);
comment on table public.circle_invitations is 'An invitation to join a circle, for one person or as a link with a secret token.';
create index circle_invitations_circle_idx on public.circle_invitations (circle_id);
create index circle_invitations_user_idx on public.circle_invitations (user_id) where user_id is not null;
create unique index circle_invitations_one_pending_idx
  on public.circle_invitations (circle_id, user_id) where status = 'pending' and user_id is not null;

-- Whether the signed-in person may invite people to a circle: its hosts, and workers/admins.
create function public.can_invite_to_circle(circle uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select public.is_circle_host(circle) or public.has_role('worker') or public.has_role('admin')
$$;

-- Counts a worker may see for a circle seeded from a proposal: no names.
create function public.circle_invitation_counts(circle uuid)
returns table (invited int, accepted int, declined int)
language sql stable security definer set search_path = '' as $$
  select count(*)::int,
         count(*) filter (where status = 'accepted')::int,
         count(*) filter (where status = 'declined')::int
  from public.circle_invitations
  where circle_id = circle and user_id is not null and public.can_invite_to_circle(circle)
$$;

-- Accepting an invitation makes you a member, even of a private or approval circle.
create function public.accept_circle_invitation(invitation uuid) returns uuid
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
  update public.circle_invitations set status = 'accepted', responded_at = now() where id = inv.id;
  insert into public.memberships (circle_id, user_id, role) values (inv.circle_id, inv.user_id, 'member')
  on conflict do nothing;
  return inv.circle_id;
end;
$$;

-- A link invitation (secret token) makes the signed-in person a member; the link stays usable.
create function public.accept_circle_invitation_link(secret text) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  inv public.circle_invitations;
begin
  select * into inv from public.circle_invitations where token = secret and status = 'pending';
  if not found or (select auth.uid()) is null then
    raise exception 'no open invitation' using errcode = 'P0002';
  end if;
  insert into public.memberships (circle_id, user_id, role) values (inv.circle_id, (select auth.uid()), 'member')
  on conflict do nothing;
  return inv.circle_id;
end;
$$;

alter table public.circle_invitations enable row level security;

grant select, insert on public.circle_invitations to authenticated;
grant update (status, responded_at) on public.circle_invitations to authenticated;
grant all on public.circle_invitations to service_role;
revoke execute on function public.accept_circle_invitation(uuid), public.accept_circle_invitation_link(text),
  public.circle_invitation_counts(uuid), public.can_invite_to_circle(uuid) from public, anon;
grant execute on function public.accept_circle_invitation(uuid), public.accept_circle_invitation_link(text),
  public.circle_invitation_counts(uuid), public.can_invite_to_circle(uuid) to authenticated;

create policy "People read invitations addressed to them"
  on public.circle_invitations for select to authenticated
  using (user_id = (select auth.uid()));

create policy "Hosts and workers read the invitations they may see"
  on public.circle_invitations for select to authenticated
  using (source <> 'proposal' and (select public.can_invite_to_circle(circle_id)));

create policy "Hosts and workers invite people or make links"
  on public.circle_invitations for insert to authenticated
  with check (
    invited_by = (select auth.uid())
    and source in ('host', 'worker', 'link')
    and (select public.can_invite_to_circle(circle_id))
  );

create policy "People answer their own invitations"
  on public.circle_invitations for update to authenticated
  using (user_id = (select auth.uid()) and status = 'pending')
  with check (user_id = (select auth.uid()) and status in ('declined', 'pending'));

create policy "Hosts and workers revoke invitations"
  on public.circle_invitations for update to authenticated
  using (source <> 'proposal' and (select public.can_invite_to_circle(circle_id)))
  with check (status = 'revoked');
