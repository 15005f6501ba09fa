-- The voice of residents (issue 14 point 6), part two: a resident may share their story,
-- with their name or anonymously, for the municipality to read, and withdraw it at any
-- time; withdrawing removes it. Only the writer reads the row itself; neighbourhood
-- workers and admins read stories through private.stories_for_municipality(), which never
-- gives the writer's id and names them only when they chose to be named.

create table public.resident_stories (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  title text not null check (char_length(trim(title)) between 3 and 120),
  body text not null check (char_length(trim(body)) between 20 and 5000),
  theme_slugs text[] not null default '{}' check (cardinality(theme_slugs) <= 3),
  neighbourhood_id uuid references public.neighbourhoods (id) on delete set null,
  named boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.resident_stories is 'A resident''s story for the municipality, named or anonymous; removed when withdrawn.';
create index resident_stories_user_idx on public.resident_stories (user_id);

create trigger resident_stories_check_themes
  before insert or update of theme_slugs on public.resident_stories
  for each row execute function public.check_circle_themes();

create trigger resident_stories_touch_updated_at
  before update on public.resident_stories
  for each row execute function public.touch_updated_at();

alter table public.resident_stories enable row level security;
grant select, insert, delete on public.resident_stories to authenticated;
grant update (title, body, theme_slugs, neighbourhood_id, named) on public.resident_stories to authenticated;
grant all on public.resident_stories to service_role;

create policy "Residents read their own stories"
  on public.resident_stories for select to authenticated
  using (user_id = (select auth.uid()));

create policy "Residents share their own stories"
  on public.resident_stories for insert to authenticated
  with check (user_id = (select auth.uid()));

create policy "Residents change their own stories"
  on public.resident_stories for update to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));

create policy "Residents withdraw their own stories"
  on public.resident_stories for delete to authenticated
  using (user_id = (select auth.uid()));

-- The stories as the municipality reads them: workers and admins only, never the writer's
-- id, their name only when they chose to be named.
create function private.stories_for_municipality()
returns table (id uuid, title text, body text, theme_slugs text[], neighbourhood text,
               author text, created_at timestamptz)
language sql stable security definer set search_path = '' as $$
  select s.id, s.title, s.body, s.theme_slugs, n.name,
    case when s.named then (select coalesce(p.pseudonym, p.display_name) from public.profiles p where p.id = s.user_id) end,
    s.created_at
  from public.resident_stories s
  left join public.neighbourhoods n on n.id = s.neighbourhood_id
  where private.has_role('worker') or private.has_role('admin')
  order by s.created_at desc
$$;
comment on function private.stories_for_municipality() is 'Residents'' stories for workers and admins: no writer id, a name only when the writer chose to be named.';
revoke execute on function private.stories_for_municipality() from public, anon;
grant execute on function private.stories_for_municipality() to authenticated;
