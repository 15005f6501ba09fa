-- Who does what (sociale kaart): the local organisations and services next to the circles
-- (the sociaal wijkteam, debt counselling, the family-caregiver support point, the GP post,
-- 113, the library's digital help desk…), with what they do, for whom, when and how to
-- reach them. Everyone reads what is published; neighbourhood workers keep the entries of
-- their own area up to date, admins all of them (also the town-wide ones). An entry keeps
-- only the date it was last checked, not who checked it: nothing here is about a person.

create table public.directory_entries (
  id uuid primary key default gen_random_uuid(),
  kind text not null default 'service' check (kind in ('service', 'team', 'helpline', 'organisation')),
  name text not null check (char_length(trim(name)) between 2 and 120),
  name_en text check (name_en is null or char_length(trim(name_en)) between 2 and 120),
  what text not null check (char_length(trim(what)) between 10 and 1000),
  what_en text check (what_en is null or char_length(what_en) <= 1000),
  for_whom text not null default '' check (char_length(for_whom) <= 300),
  for_whom_en text check (for_whom_en is null or char_length(for_whom_en) <= 300),
  hours text not null default '' check (char_length(hours) <= 300),
  hours_en text check (hours_en is null or char_length(hours_en) <= 300),
  phone text check (phone is null or phone ~ '^[0-9+() -]{3,30}$'),
  email text check (email is null or (char_length(email) <= 200 and email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$')),
  website text check (website is null or (char_length(website) <= 300 and website ~ '^https://')),
  address text check (address is null or char_length(address) <= 200),
  theme_slugs text[] not null default '{}' check (cardinality(theme_slugs) <= 5),
  -- null: for the whole town (only admins keep these)
  neighbourhood_id uuid references public.neighbourhoods (id) on delete cascade,
  published boolean not null default true,
  last_checked_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.directory_entries is 'Who does what (sociale kaart): a local organisation or service, what it does, for whom, when and how to reach it; public when published.';
create index directory_entries_neighbourhood_idx on public.directory_entries (neighbourhood_id);
create index directory_entries_themes_idx on public.directory_entries using gin (theme_slugs);

create trigger directory_entries_check_themes
  before insert or update of theme_slugs on public.directory_entries
  for each row execute function public.check_circle_themes();

create trigger directory_entries_touch_updated_at
  before update on public.directory_entries
  for each row execute function public.touch_updated_at();

-- Whether the signed-in person keeps the entries of this neighbourhood: admins all (also
-- the town-wide ones, neighbourhood null), workers those of the neighbourhoods they cover.
create function private.directory_in_my_area(neighbourhood uuid) returns boolean
language plpgsql stable security definer set search_path = '' as $$
begin
  if private.has_role('admin') then
    return true;
  end if;
  if neighbourhood is null or not private.has_role('worker') then
    return false;
  end if;
  return exists (
    select 1 from public.profiles p
    where p.id = (select auth.uid()) and p.neighbourhood_id = neighbourhood
  );
end;
$$;
comment on function private.directory_in_my_area(uuid) is 'Whether the signed-in worker keeps directory entries of this neighbourhood (admins: all, also town-wide).';
-- Anonymous readers ask too (the directory page says whether the reader keeps an entry).
revoke execute on function private.directory_in_my_area(uuid) from public;
grant execute on function private.directory_in_my_area(uuid) to anon, authenticated;

-- "Last checked" is the moment of the check: nobody dates it ahead or back.
create function private.directory_checked_now() returns trigger
language plpgsql set search_path = '' as $$
begin
  if current_user in ('anon', 'authenticated')
     and (tg_op = 'INSERT' or new.last_checked_at is distinct from old.last_checked_at) then
    new.last_checked_at := now();
  end if;
  if tg_op = 'UPDATE' and current_user in ('anon', 'authenticated') then
    new.created_at := old.created_at;
  end if;
  return new;
end;
$$;
revoke execute on function private.directory_checked_now() from public, anon, authenticated;

create trigger directory_entries_checked_now
  before insert or update on public.directory_entries
  for each row execute function private.directory_checked_now();

alter table public.directory_entries enable row level security;

grant select on public.directory_entries to anon, authenticated;
grant insert, update, delete on public.directory_entries to authenticated;
grant all on public.directory_entries to service_role;

create policy "Everyone reads published directory entries"
  on public.directory_entries for select to anon, authenticated
  using (published);

create policy "Workers read the directory entries of their area"
  on public.directory_entries for select to authenticated
  using ((select private.directory_in_my_area(neighbourhood_id)));

create policy "Workers add directory entries in their area"
  on public.directory_entries for insert to authenticated
  with check ((select private.directory_in_my_area(neighbourhood_id)));

create policy "Workers change directory entries in their area"
  on public.directory_entries for update to authenticated
  using ((select private.directory_in_my_area(neighbourhood_id)))
  with check ((select private.directory_in_my_area(neighbourhood_id)));

create policy "Workers remove directory entries in their area"
  on public.directory_entries for delete to authenticated
  using ((select private.directory_in_my_area(neighbourhood_id)));
