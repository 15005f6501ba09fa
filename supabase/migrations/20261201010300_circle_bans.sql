-- Banning from a circle (issue 10 point 22): a host of the circle, or the neighbourhood
-- worker of its area (or an admin), bans a person. The ban takes them out of the circle,
-- ends their open requests and invitations, and the database refuses every way back in
-- (joining, a join request, an invitation or a link) until a host or worker lifts it.

create table public.circle_bans (
  circle_id uuid not null references public.circles (id) on delete cascade,
  user_id uuid not null references public.profiles (id) on delete cascade,
  banned_by uuid default auth.uid() references public.profiles (id) on delete set null,
  reason text not null check (char_length(trim(reason)) between 1 and 500),
  created_at timestamptz not null default now(),
  primary key (circle_id, user_id)
);
comment on table public.circle_bans is 'Who may not (re)join a circle, why and since when; hosts and the area''s workers read and write them.';
create index circle_bans_user_idx on public.circle_bans (user_id);

-- A host of the circle, or a worker of the circle's neighbourhood, or an admin.
create function private.can_moderate_circle(circle uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.is_circle_host(circle)
    or private.has_role('admin')
    or exists (
      select 1 from public.circles c join public.profiles p on p.id = (select auth.uid())
      where c.id = circle and 'worker' = any (p.roles) and p.neighbourhood_id = c.neighbourhood_id
    )
$$;
revoke execute on function private.can_moderate_circle(uuid) from public, anon;
grant execute on function private.can_moderate_circle(uuid) to authenticated, service_role;

alter table public.circle_bans enable row level security;
grant select, delete on public.circle_bans to authenticated;
grant insert (circle_id, user_id, reason) on public.circle_bans to authenticated;
grant all on public.circle_bans to service_role;

create policy "Hosts and the area's workers read bans"
  on public.circle_bans for select to authenticated
  using ((select private.can_moderate_circle(circle_id)));
create policy "Hosts and the area's workers ban"
  on public.circle_bans for insert to authenticated
  with check (
    banned_by = (select auth.uid())
    and user_id <> (select auth.uid())
    and (select private.can_moderate_circle(circle_id))
  );
create policy "Hosts and the area's workers lift a ban"
  on public.circle_bans for delete to authenticated
  using ((select private.can_moderate_circle(circle_id)));

-- A ban takes effect at once. A host cannot be banned (a worker first makes them a
-- member, or closes the circle).
create function private.apply_circle_ban() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  c public.circles;
begin
  if exists (select 1 from public.memberships
             where circle_id = new.circle_id and user_id = new.user_id and role = 'host') then
    raise exception 'cannot_ban_host' using errcode = 'P0001';
  end if;
  delete from public.memberships where circle_id = new.circle_id and user_id = new.user_id;
  if found then
    select * into c from public.circles where id = new.circle_id;
    perform public.notify(new.user_id, 'removed_from_circle',
      jsonb_build_object('circle', c.name, 'circle_slug', c.slug, 'reason', new.reason), null);
  end if;
  update public.join_requests set status = 'declined', decided_at = now()
  where circle_id = new.circle_id and user_id = new.user_id and status in ('pending', 'waiting');
  update public.circle_invitations set status = 'revoked', responded_at = now()
  where circle_id = new.circle_id and user_id = new.user_id and status = 'pending';
  return new;
end;
$$;
revoke execute on function private.apply_circle_ban() from public, anon, authenticated;
create trigger circle_bans_apply
  after insert on public.circle_bans
  for each row execute function private.apply_circle_ban();

-- No way back in while banned. An invitation is quietly not made (so seeding a circle from
-- a proposal still invites the others); joining or asking to join is refused.
create function private.refuse_banned() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.user_id is not null and exists (
    select 1 from public.circle_bans where circle_id = new.circle_id and user_id = new.user_id
  ) then
    if tg_table_name = 'circle_invitations' then
      return null;
    end if;
    raise exception 'circle_banned' using errcode = 'P0001';
  end if;
  return new;
end;
$$;
revoke execute on function private.refuse_banned() from public, anon, authenticated;
create trigger memberships_refuse_banned
  before insert on public.memberships
  for each row execute function private.refuse_banned();
create trigger join_requests_refuse_banned
  before insert on public.join_requests
  for each row execute function private.refuse_banned();
create trigger circle_invitations_refuse_banned
  before insert on public.circle_invitations
  for each row execute function private.refuse_banned();

-- The name (pseudonym first) of a person banned from a circle, for those who moderate it
-- (the person no longer shares the circle, so public_name would not tell).
create function private.banned_person_name(circle uuid, person uuid) returns text
language sql stable security definer set search_path = '' as $$
  select coalesce(p.pseudonym, p.display_name) from public.profiles p
  where p.id = person and private.can_moderate_circle(circle)
    and exists (select 1 from public.circle_bans b where b.circle_id = circle and b.user_id = person)
$$;
revoke execute on function private.banned_person_name(uuid, uuid) from public, anon;
grant execute on function private.banned_person_name(uuid, uuid) to authenticated;

-- For the data export (point 18): the bans about the caller (which circle, why, since
-- when; not who decided), and the bans the caller made.
create function private.my_circle_bans() returns jsonb
language sql stable security definer set search_path = '' as $$
  select jsonb_build_object(
    'about_me', coalesce((
      select jsonb_agg(jsonb_build_object('circle', c.name, 'reason', b.reason, 'created_at', b.created_at) order by b.created_at)
      from public.circle_bans b join public.circles c on c.id = b.circle_id
      where b.user_id = (select auth.uid())), '[]'::jsonb),
    'made', coalesce((
      select jsonb_agg(jsonb_build_object('circle', c.name, 'reason', b.reason, 'created_at', b.created_at) order by b.created_at)
      from public.circle_bans b join public.circles c on c.id = b.circle_id
      where b.banned_by = (select auth.uid())), '[]'::jsonb))
$$;
revoke execute on function private.my_circle_bans() from public, anon;
grant execute on function private.my_circle_bans() to authenticated;
