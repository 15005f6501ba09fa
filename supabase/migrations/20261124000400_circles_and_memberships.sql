-- Circles (kringen): small peer groups around a shared question, and who belongs to them.

create table public.circles (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(slug) <= 80),
  name text not null check (char_length(name) between 3 and 120),
  description text not null check (char_length(description) between 10 and 4000),
  name_en text check (name_en is null or char_length(name_en) between 3 and 120),
  description_en text check (description_en is null or char_length(description_en) between 10 and 4000),
  house_rules text not null default '' check (char_length(house_rules) <= 4000),
  meeting_note text not null default '' check (char_length(meeting_note) <= 300),
  meeting_note_en text not null default '' check (char_length(meeting_note_en) <= 300),
  location_name text not null default '' check (char_length(location_name) <= 200),
  theme_slugs text[] not null check (cardinality(theme_slugs) between 1 and 5),
  neighbourhood_id uuid references public.neighbourhoods (id) on delete set null,
  format text not null default 'in_person' check (format in ('in_person', 'online', 'both')),
  visibility text not null default 'public' check (visibility in ('public', 'private')),
  join_policy text not null default 'open' check (join_policy in ('open', 'approval')),
  capacity int check (capacity is null or capacity between 2 and 500),
  languages text[] not null default '{nl}',
  status text not null default 'proposed' check (status in ('proposed', 'published', 'closed', 'archived')),
  created_by uuid references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.circles is 'A circle (kring): a small peer group of residents who share a question.';
create index circles_themes_idx on public.circles using gin (theme_slugs);
create index circles_neighbourhood_idx on public.circles (neighbourhood_id);
create index circles_status_visibility_idx on public.circles (status, visibility);

create table public.memberships (
  circle_id uuid not null references public.circles (id) on delete cascade,
  user_id uuid not null references public.profiles (id) on delete cascade,
  role text not null default 'member' check (role in ('host', 'member')),
  joined_at timestamptz not null default now(),
  primary key (circle_id, user_id)
);
comment on table public.memberships is 'Who belongs to a circle, and who hosts it.';
create index memberships_user_idx on public.memberships (user_id);

-- Themes are an array for fast overlap search; this keeps them pointing at real themes.
create function public.check_circle_themes() returns trigger
language plpgsql set search_path = '' as $$
begin
  if exists (
    select 1 from unnest(new.theme_slugs) as t(slug)
    where not exists (select 1 from public.themes th where th.slug = t.slug)
  ) then
    raise exception 'unknown theme in %', new.theme_slugs using errcode = '23503';
  end if;
  return new;
end;
$$;

create trigger circles_check_themes
  before insert or update of theme_slugs on public.circles
  for each row execute function public.check_circle_themes();

create trigger circles_touch_updated_at
  before update on public.circles
  for each row execute function public.touch_updated_at();

-- Helpers for policies. Security definer so a policy on memberships can ask about
-- memberships without recursing into its own policy.
create function public.is_circle_member(circle uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.memberships
    where circle_id = circle and user_id = (select auth.uid())
  )
$$;

create function public.is_circle_host(circle uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.memberships
    where circle_id = circle and user_id = (select auth.uid()) and role = 'host'
  )
$$;

create function public.shares_circle_with(person uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1
    from public.memberships mine
    join public.memberships theirs on theirs.circle_id = mine.circle_id
    where mine.user_id = (select auth.uid()) and theirs.user_id = person
  )
$$;

create function public.circle_is_listed(circle uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.circles
    where id = circle and visibility = 'public' and status in ('published', 'closed', 'archived')
  )
$$;

create function public.circle_member_count(circle uuid) returns int
language sql stable security definer set search_path = '' as $$
  select count(*)::int from public.memberships
  where circle_id = circle
    and (public.circle_is_listed(circle) or public.is_circle_member(circle)
         or public.has_role('worker') or public.has_role('admin'))
$$;
comment on function public.circle_member_count(uuid) is 'How many people belong to a circle the caller may see; names stay private.';

create function public.circle_host_names(circle uuid) returns setof text
language sql stable security definer set search_path = '' as $$
  select coalesce(p.pseudonym, p.display_name)
  from public.memberships m
  join public.profiles p on p.id = m.user_id
  where m.circle_id = circle and m.role = 'host'
    and (public.circle_is_listed(circle) or public.is_circle_member(circle)
         or public.has_role('worker') or public.has_role('admin'))
  order by m.joined_at
$$;
comment on function public.circle_host_names(uuid) is 'The public names (pseudonym first) of the hosts of a circle the caller may see.';

create function public.circle_accepts_members(circle uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.circles c
    where c.id = circle and c.status = 'published' and c.visibility = 'public' and c.join_policy = 'open'
      and (c.capacity is null or (select count(*) from public.memberships m where m.circle_id = c.id) < c.capacity)
  )
$$;

-- Whoever starts a circle hosts it.
create function public.add_circle_creator_as_host() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.created_by is not null then
    insert into public.memberships (circle_id, user_id, role)
    values (new.id, new.created_by, 'host')
    on conflict do nothing;
  end if;
  return new;
end;
$$;

create trigger circles_add_creator_as_host
  after insert on public.circles
  for each row execute function public.add_circle_creator_as_host();

-- Only neighbourhood workers and admins publish; a resident's new circle waits as a proposal.
create function public.guard_circle_publication() returns trigger
language plpgsql set search_path = '' as $$
begin
  if current_user in ('anon', 'authenticated')
     and new.status = 'published'
     and (tg_op = 'INSERT' or old.status is distinct from 'published')
     and not (public.has_role('worker') or public.has_role('admin')) then
    raise exception 'publish_not_allowed' using errcode = '42501', detail = 'Only a neighbourhood worker or admin can publish a circle.';
  end if;
  return new;
end;
$$;

create trigger circles_guard_publication
  before insert or update of status on public.circles
  for each row execute function public.guard_circle_publication();

alter table public.circles enable row level security;
alter table public.memberships enable row level security;

grant select on public.circles to anon, authenticated;
grant insert, update, delete on public.circles to authenticated;
grant select on public.memberships to anon;
grant select, insert, update, delete on public.memberships to authenticated;
grant all on public.circles, public.memberships to service_role;
grant execute on function public.is_circle_member(uuid), public.is_circle_host(uuid),
  public.shares_circle_with(uuid), public.circle_is_listed(uuid), public.circle_member_count(uuid),
  public.circle_host_names(uuid), public.circle_accepts_members(uuid) to anon, authenticated;

create policy "Everyone reads listed circles"
  on public.circles for select to anon, authenticated
  using (visibility = 'public' and status in ('published', 'closed', 'archived'));

create policy "Members read their circles"
  on public.circles for select to authenticated
  using ((select public.is_circle_member(id)) or created_by = (select auth.uid()));

create policy "Workers and admins read every circle"
  on public.circles for select to authenticated
  using ((select public.has_role('worker')) or (select public.has_role('admin')));

create policy "Signed-in people start circles"
  on public.circles for insert to authenticated
  with check (created_by = (select auth.uid()));

create policy "Hosts, their workers and admins change circles"
  on public.circles for update to authenticated
  using (
    (select public.is_circle_host(id))
    or (created_by = (select auth.uid()) and (select public.has_role('worker')))
    or (select public.has_role('admin'))
  )
  with check (
    (select public.is_circle_host(id))
    or (created_by = (select auth.uid()) and (select public.has_role('worker')))
    or (select public.has_role('admin'))
  );

create policy "Admins remove circles"
  on public.circles for delete to authenticated
  using ((select public.has_role('admin')));

create policy "People read their own memberships"
  on public.memberships for select to authenticated
  using (user_id = (select auth.uid()));

create policy "Members read who else is in their circle"
  on public.memberships for select to authenticated
  using ((select public.is_circle_member(circle_id)));

create policy "Workers and admins read memberships"
  on public.memberships for select to authenticated
  using ((select public.has_role('worker')) or (select public.has_role('admin')));

create policy "People join open circles"
  on public.memberships for insert to authenticated
  with check (
    user_id = (select auth.uid()) and role = 'member'
    and (select public.circle_accepts_members(circle_id))
  );

create policy "Hosts add members"
  on public.memberships for insert to authenticated
  with check ((select public.is_circle_host(circle_id)));

create policy "Hosts change roles in their circle"
  on public.memberships for update to authenticated
  using ((select public.is_circle_host(circle_id)))
  with check ((select public.is_circle_host(circle_id)));

create policy "People leave circles"
  on public.memberships for delete to authenticated
  using (user_id = (select auth.uid()));

create policy "Hosts remove members"
  on public.memberships for delete to authenticated
  using ((select public.is_circle_host(circle_id)));

create policy "Members read fellow members' profiles"
  on public.profiles for select to authenticated
  using ((select public.shares_circle_with(id)));
