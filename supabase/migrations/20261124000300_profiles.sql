-- A person's profile, created by a trigger when Supabase Auth (or the embedded sign-in)
-- adds a row to auth.users. Roles say what a person may do in Kring.

create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  display_name text not null check (char_length(display_name) between 1 and 80),
  pseudonym text check (pseudonym is null or char_length(pseudonym) between 1 and 80),
  languages text[] not null default '{nl}' check (languages <@ array['nl', 'en', 'ar', 'tr', 'pl', 'uk', 'ti', 'so', 'fy', 'pap', 'de', 'fr', 'es']),
  neighbourhood_id uuid references public.neighbourhoods (id) on delete set null,
  roles text[] not null default '{resident}' check (roles <@ array['resident', 'volunteer', 'worker', 'admin'] and cardinality(roles) > 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.profiles is 'A resident, volunteer, neighbourhood worker or admin; one row per auth.users row.';
create index profiles_neighbourhood_idx on public.profiles (neighbourhood_id);

-- Whether the signed-in person holds a role. Security definer so policies on other
-- tables can ask without recursing into the profiles policies.
create function public.has_role(wanted text) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.profiles
    where id = (select auth.uid()) and wanted = any (roles)
  )
$$;
comment on function public.has_role(text) is 'True when the signed-in person has the given Kring role.';

create function public.handle_new_user() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  insert into public.profiles (id, display_name)
  values (
    new.id,
    coalesce(
      nullif(trim(new.raw_user_meta_data ->> 'display_name'), ''),
      split_part(coalesce(new.email, 'bewoner'), '@', 1)
    )
  )
  on conflict (id) do nothing;
  return new;
end;
$$;

create trigger on_auth_user_created
  after insert on auth.users
  for each row execute function public.handle_new_user();

create function public.touch_updated_at() returns trigger
language plpgsql set search_path = '' as $$
begin
  new.updated_at = now();
  return new;
end;
$$;

create trigger profiles_touch_updated_at
  before update on public.profiles
  for each row execute function public.touch_updated_at();

alter table public.profiles enable row level security;

grant select on public.profiles to authenticated;
-- Roles are never changed by their owner: only these columns are writable.
grant update (display_name, pseudonym, languages, neighbourhood_id) on public.profiles to authenticated;
grant all on public.profiles to service_role;
grant execute on function public.has_role(text) to anon, authenticated;

create policy "People read their own profile"
  on public.profiles for select to authenticated
  using (id = (select auth.uid()));

create policy "Admins read every profile"
  on public.profiles for select to authenticated
  using ((select public.has_role('admin')));

create policy "People update their own profile"
  on public.profiles for update to authenticated
  using (id = (select auth.uid()))
  with check (id = (select auth.uid()));

-- Reference data policies live here because they need has_role().
create policy "Everyone reads neighbourhoods"
  on public.neighbourhoods for select to anon, authenticated
  using (true);

create policy "Admins add neighbourhoods"
  on public.neighbourhoods for insert to authenticated
  with check ((select public.has_role('admin')));

create policy "Admins change neighbourhoods"
  on public.neighbourhoods for update to authenticated
  using ((select public.has_role('admin')))
  with check ((select public.has_role('admin')));

create policy "Admins remove neighbourhoods"
  on public.neighbourhoods for delete to authenticated
  using ((select public.has_role('admin')));

create policy "Everyone reads themes"
  on public.themes for select to anon, authenticated
  using (true);

create policy "Admins add themes"
  on public.themes for insert to authenticated
  with check ((select public.has_role('admin')));

create policy "Admins change themes"
  on public.themes for update to authenticated
  using ((select public.has_role('admin')))
  with check ((select public.has_role('admin')));

create policy "Admins remove themes"
  on public.themes for delete to authenticated
  using ((select public.has_role('admin')));
