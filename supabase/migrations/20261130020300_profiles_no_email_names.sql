-- Issue 10, point 17: the part of an email address before the @ became a person's public
-- name (often their real name: jan.devries@…). Now a new person gets a neutral
-- placeholder until they choose the name others see (a small form right after their
-- first sign-in). The same trigger runs for both sign-ins: Supabase Auth and the embedded
-- one write to auth.users alike.

alter table public.profiles add column name_chosen boolean not null default true;
comment on column public.profiles.name_chosen is 'False until the person chose the name others see; until then display_name is a neutral placeholder, never (part of) their email address.';

create or replace function public.handle_new_user() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  chosen text := nullif(trim(new.raw_user_meta_data ->> 'display_name'), '');
begin
  insert into public.profiles (id, display_name, name_chosen)
  values (new.id, coalesce(left(chosen, 80), 'Buurtgenoot'), chosen is not null)
  on conflict (id) do nothing;
  return new;
end;
$$;

-- People who got their email's first part as their name: a placeholder, and asked again.
update public.profiles p
set display_name = 'Buurtgenoot', name_chosen = false
from auth.users u
where u.id = p.id
  and u.email is not null
  and lower(p.display_name) = lower(split_part(u.email, '@', 1));

-- A name someone types themselves (display name or pseudonym) counts as chosen.
create function private.mark_profile_name_chosen() returns trigger
language plpgsql set search_path = '' as $$
begin
  if new.display_name is distinct from old.display_name
     or (new.pseudonym is not null and new.pseudonym is distinct from old.pseudonym) then
    new.name_chosen := true;
  end if;
  return new;
end;
$$;
comment on function private.mark_profile_name_chosen() is 'Trigger: a profile''s name counts as chosen once its owner sets one.';
revoke execute on function private.mark_profile_name_chosen() from public, anon, authenticated;

create trigger profiles_mark_name_chosen
  before update of display_name, pseudonym on public.profiles
  for each row execute function private.mark_profile_name_chosen();

