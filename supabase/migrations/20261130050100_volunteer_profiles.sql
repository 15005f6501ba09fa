-- Volunteers: the skills taxonomy, and a volunteer profile per person who offers help.
-- Anyone signed in can become a volunteer; the certificate of conduct (VOG) is recorded
-- only by a neighbourhood worker or an admin, through volunteers_record_vog().

create table public.volunteer_skills (
  slug text primary key check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  label_nl text not null,
  label_en text not null,
  -- experience-expert is offered per theme ("I've been there"): the theme goes with it.
  per_theme boolean not null default false,
  needs_vog boolean not null default false,
  sort_order int not null default 0
);
comment on table public.volunteer_skills is 'What volunteers offer and requests ask for; the English slug is stable.';

insert into public.volunteer_skills (slug, label_nl, label_en, per_theme, needs_vog, sort_order) values
  ('listening-ear', 'Luisterend oor (maatje)', 'Listening ear (buddy)', false, false, 10),
  ('circle-facilitation', 'Gespreksleider van een kring', 'Circle facilitation', false, false, 20),
  ('childcare', 'Oppas voor kinderen', 'Childcare', false, true, 30),
  ('transport', 'Vervoer', 'Transport', false, false, 40),
  ('paperwork-and-money', 'Formulieren en administratie', 'Paperwork and money', false, false, 50),
  ('language-practice', 'Taalmaatje', 'Language practice', false, false, 60),
  ('digital-help', 'Hulp met computer en telefoon', 'Digital help', false, false, 70),
  ('meeting-room', 'Een ruimte om samen te komen', 'A meeting room', false, false, 80),
  ('experience-expert', 'Ervaringsdeskundige', 'Experience expert', true, false, 90);

-- Who may do what, for the policies below. Security definer so they can read profiles
-- and memberships without the querying person's policies; private, so not an API.
create function private.volunteers_is_admin() returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.profiles where id = (select auth.uid()) and 'admin' = any (roles))
$$;

create function private.volunteers_is_worker_for(neighbourhood uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.profiles
    where id = (select auth.uid())
      and ('admin' = any (roles) or ('worker' = any (roles) and neighbourhood_id = neighbourhood))
  )
$$;

create function private.volunteers_is_worker_for_any(neighbourhoods uuid[]) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.profiles
    where id = (select auth.uid())
      and ('admin' = any (roles) or ('worker' = any (roles) and neighbourhood_id = any (neighbourhoods)))
  )
$$;

create function private.volunteers_hosts_circle(circle uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.memberships
    where circle_id = circle and user_id = (select auth.uid()) and role = 'host'
  )
$$;

revoke execute on function private.volunteers_is_admin() from public;
revoke execute on function private.volunteers_is_worker_for(uuid) from public;
revoke execute on function private.volunteers_is_worker_for_any(uuid[]) from public;
revoke execute on function private.volunteers_hosts_circle(uuid) from public;
grant execute on function private.volunteers_is_admin() to authenticated, service_role;
grant execute on function private.volunteers_is_worker_for(uuid) to authenticated, service_role;
grant execute on function private.volunteers_is_worker_for_any(uuid[]) to authenticated, service_role;
grant execute on function private.volunteers_hosts_circle(uuid) to authenticated, service_role;

-- The weekly grid: weekday 1 (Monday) to 7 × morning / afternoon / evening, as '2-evening'.
create function private.volunteers_valid_slots(slots text[]) returns boolean
language sql immutable set search_path = '' as $$
  select cardinality(slots) between 1 and 21
    and array_to_string(slots, ',') ~ '^[1-7]-(morning|afternoon|evening)(,[1-7]-(morning|afternoon|evening))*$'
$$;
grant execute on function private.volunteers_valid_slots(text[]) to anon, authenticated, service_role;

create table public.volunteer_profiles (
  user_id uuid primary key default auth.uid() references public.profiles (id) on delete cascade,
  intro text not null default '' check (char_length(intro) <= 1000),
  skills text[] not null check (cardinality(skills) between 1 and 9),
  experience_themes text[] not null default '{}' check (cardinality(experience_themes) <= 5),
  languages text[] not null default '{nl}' check (cardinality(languages) >= 1),
  neighbourhood_ids uuid[] not null default '{}' check (cardinality(neighbourhood_ids) <= 40),
  online boolean not null default false,
  availability text[] not null check (private.volunteers_valid_slots(availability)),
  hours_per_week numeric(4, 1) not null check (hours_per_week > 0 and hours_per_week <= 40 and hours_per_week * 2 = floor(hours_per_week * 2)),
  status text not null default 'active' check (status in ('active', 'paused', 'stopped')),
  vog_status text not null default 'none' check (vog_status in ('none', 'requested', 'valid', 'expired')),
  vog_date date,
  vog_recorded_by uuid references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (online or cardinality(neighbourhood_ids) > 0),
  check (vog_status <> 'valid' or vog_date is not null)
);
comment on table public.volunteer_profiles is 'What a volunteer offers: skills, languages, where, when and how many hours a week; VOG recorded by a worker.';
create index volunteer_profiles_active_idx on public.volunteer_profiles (status) where status = 'active';

-- Every skill exists; experience themes exist.
create function private.volunteers_check_profile() returns trigger
language plpgsql set search_path = '' as $$
begin
  if exists (select 1 from unnest(new.skills) s where s not in (select slug from public.volunteer_skills)) then
    raise exception 'volunteers_skill_unknown' using errcode = '23514';
  end if;
  if exists (select 1 from unnest(new.experience_themes) t where t not in (select slug from public.themes)) then
    raise exception 'volunteers_theme_unknown' using errcode = '23514';
  end if;
  return new;
end;
$$;

create trigger volunteer_profiles_check
  before insert or update of skills, experience_themes on public.volunteer_profiles
  for each row execute function private.volunteers_check_profile();

create trigger volunteer_profiles_touch_updated_at
  before update on public.volunteer_profiles
  for each row execute function public.touch_updated_at();

-- Becoming a volunteer gives the volunteer role (roles are not writable by their owner).
create function private.volunteers_add_role() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  update public.profiles set roles = array_append(roles, 'volunteer')
  where id = new.user_id and not ('volunteer' = any (roles));
  return new;
end;
$$;

create trigger volunteer_profiles_add_role
  after insert on public.volunteer_profiles
  for each row execute function private.volunteers_add_role();

-- A VOG counts as valid for three years from its date.
create function private.volunteers_has_valid_vog(volunteer uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.volunteer_profiles
    where user_id = volunteer and vog_status = 'valid' and vog_date > current_date - interval '3 years'
  )
$$;
revoke execute on function private.volunteers_has_valid_vog(uuid) from public;
grant execute on function private.volunteers_has_valid_vog(uuid) to authenticated, service_role;

-- Recording a VOG: only a worker of one of the volunteer's neighbourhoods (or of their
-- home neighbourhood) or an admin. An API (public): it checks every rule itself.
create function public.volunteers_record_vog(volunteer uuid, new_status text, new_date date)
returns void
language plpgsql security definer set search_path = '' as $$
declare
  v public.volunteer_profiles;
  home uuid;
begin
  select * into v from public.volunteer_profiles where user_id = volunteer for update;
  if not found then
    raise exception 'volunteers_not_found' using errcode = 'P0002';
  end if;
  select neighbourhood_id into home from public.profiles where id = volunteer;
  if not (private.volunteers_is_worker_for_any(v.neighbourhood_ids || coalesce(home, gen_random_uuid()))) then
    raise exception 'volunteers_not_allowed' using errcode = '42501';
  end if;
  if new_status not in ('none', 'requested', 'valid', 'expired') then
    raise exception 'volunteers_vog_status_unknown' using errcode = '22023';
  end if;
  if new_status = 'valid' and (new_date is null or new_date > current_date) then
    raise exception 'volunteers_vog_date_required' using errcode = '22023';
  end if;
  update public.volunteer_profiles
  set vog_status = new_status, vog_date = new_date, vog_recorded_by = (select auth.uid())
  where user_id = volunteer;
end;
$$;
comment on function public.volunteers_record_vog(uuid, text, date) is 'A neighbourhood worker or admin records a volunteer''s VOG status and date.';
revoke execute on function public.volunteers_record_vog(uuid, text, date) from public, anon;
grant execute on function public.volunteers_record_vog(uuid, text, date) to authenticated, service_role;

alter table public.volunteer_skills enable row level security;
alter table public.volunteer_profiles enable row level security;

grant select on public.volunteer_skills to anon, authenticated;
grant all on public.volunteer_skills, public.volunteer_profiles to service_role;
grant select, delete on public.volunteer_profiles to authenticated;
-- The VOG columns are not in these lists: only volunteers_record_vog() writes them.
grant insert (user_id, intro, skills, experience_themes, languages, neighbourhood_ids, online, availability, hours_per_week, status)
  on public.volunteer_profiles to authenticated;
grant update (intro, skills, experience_themes, languages, neighbourhood_ids, online, availability, hours_per_week, status)
  on public.volunteer_profiles to authenticated;

create policy "Everyone reads the skills"
  on public.volunteer_skills for select to anon, authenticated
  using (true);

create policy "Volunteers read their own profile"
  on public.volunteer_profiles for select to authenticated
  using (user_id = (select auth.uid()));

create policy "Workers read the volunteers of their neighbourhood"
  on public.volunteer_profiles for select to authenticated
  using ((select private.volunteers_is_worker_for_any(neighbourhood_ids)));

create policy "People become volunteers"
  on public.volunteer_profiles for insert to authenticated
  with check (user_id = (select auth.uid()));

create policy "Volunteers change their own profile"
  on public.volunteer_profiles for update to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));

create policy "Volunteers remove their own profile"
  on public.volunteer_profiles for delete to authenticated
  using (user_id = (select auth.uid()));

-- A worker records VOGs and confirms proposals for the volunteers of their neighbourhood,
-- so they read those volunteers' names (not those of residents who ask for help).
create function private.volunteers_worker_sees_volunteer(person uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.volunteer_profiles v
    where v.user_id = person and private.volunteers_is_worker_for_any(v.neighbourhood_ids)
  )
$$;
revoke execute on function private.volunteers_worker_sees_volunteer(uuid) from public;
grant execute on function private.volunteers_worker_sees_volunteer(uuid) to authenticated, service_role;

create policy "Workers read the profiles of the volunteers of their neighbourhood"
  on public.profiles for select to authenticated
  using ((select private.volunteers_worker_sees_volunteer(id)));
