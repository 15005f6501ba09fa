-- A version number for the circles' search texts: matching keeps an index of the public
-- circles' texts in memory and rebuilds it only when this number moves, instead of
-- scanning every circle on every question to see whether anything changed.

create table public.circle_search_version (
  id boolean primary key default true check (id),
  -- Differs per database, so two databases served by one process never share an index.
  token uuid not null default gen_random_uuid(),
  version bigint not null default 0,
  changed_at timestamptz not null default now()
);

comment on table public.circle_search_version is
  'One row: moves on every insert, update, delete or truncate of circles, so the in-memory matching index knows when to rebuild. Holds no personal data.';

insert into public.circle_search_version default values;

alter table public.circle_search_version enable row level security;

create policy "Everyone reads the circle search version"
  on public.circle_search_version for select to anon, authenticated
  using (true);

grant select on public.circle_search_version to anon, authenticated;

create function private.bump_circle_search_version() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  update public.circle_search_version set version = version + 1, changed_at = now();
  return null;
end;
$$;

comment on function private.bump_circle_search_version() is
  'Trigger: moves public.circle_search_version after any change to circles.';

revoke execute on function private.bump_circle_search_version() from public, anon, authenticated;

create trigger circles_bump_search_version
  after insert or update or delete or truncate on public.circles
  for each statement execute function private.bump_circle_search_version();
