-- Real names stay private for volunteers too (see 20261130010200_real_names_stay_private).
-- A worker of a volunteer's neighbourhood still reads the volunteer profile (skills, hours,
-- VOG), which they need to record a VOG and confirm proposals, but no longer the person's
-- profiles row, which held the real name. They see the volunteer's public name: the
-- pseudonym, or else the first name. The full name only while the volunteer has opened
-- their profile to that worker with a live grant (access_grants, scope 'profile'), and
-- such a read is logged for the volunteer like every other read through a grant.

drop policy "Workers read the profiles of the volunteers of their neighbourhood" on public.profiles;

create function private.volunteer_name_for_worker(person uuid) returns text
language plpgsql volatile security definer set search_path = '' as $$
declare
  me uuid := (select auth.uid());
  p public.profiles;
  granted uuid;
begin
  if me is null or person is null then
    return null;
  end if;
  if person <> me
     and not private.volunteers_worker_sees_volunteer(person)
     and not private.volunteers_is_admin() then
    return null;
  end if;
  select * into p from public.profiles where id = person;
  if not found then
    return null;
  end if;
  select g.id into granted from public.access_grants g
  where g.resident_id = person and g.worker_id = me and person <> me
    and 'profile' = any (g.scope) and g.revoked_at is null and g.expires_at > clock_timestamp()
  order by g.expires_at desc
  limit 1;
  if granted is not null then
    insert into public.access_grant_reads (grant_id, worker_id, scope)
    values (granted, me, array['profile']);
    return p.display_name;
  end if;
  return coalesce(nullif(trim(p.pseudonym), ''), split_part(trim(p.display_name), ' ', 1));
end;
$$;
comment on function private.volunteer_name_for_worker(uuid) is 'For a worker of the volunteer''s neighbourhood (or an admin): the pseudonym or first name; the full name only through a live profile grant, logged. Null for anyone else.';
revoke execute on function private.volunteer_name_for_worker(uuid) from public, anon;
grant execute on function private.volunteer_name_for_worker(uuid) to authenticated, service_role;
