-- Where a person set a pseudonym, nobody but that person reads their real name
-- (display_name): not fellow members, not hosts of a circle they ask to join. Fellow
-- members read no profile rows any more (the whole row held the real name, roles and
-- neighbourhood); the name others see comes from private.public_name(), pseudonym first.

drop policy "Members read fellow members' profiles" on public.profiles;

-- The name a person shows to others (pseudonym first), for those who may see it: the
-- person, fellow members, hosts of a circle they ask to join, admins. Null otherwise.
create function private.public_name(person uuid) returns text
language plpgsql stable security definer set search_path = '' as $$
declare
  me uuid := (select auth.uid());
begin
  if person is null or me is null then
    return null;
  end if;
  if person <> me
     and not private.shares_circle_with(person)
     and not private.has_role('admin')
     and not exists (
       select 1 from public.join_requests r
       join public.memberships h on h.circle_id = r.circle_id and h.user_id = me and h.role = 'host'
       where r.user_id = person and r.status in ('pending', 'waiting')
     ) then
    return null;
  end if;
  return (select coalesce(p.pseudonym, p.display_name) from public.profiles p where p.id = person);
end;
$$;
comment on function private.public_name(uuid) is 'The name a person shows others (pseudonym first), for someone who may see it; null otherwise. Never the real name behind a pseudonym.';
revoke execute on function private.public_name(uuid) from public;
grant execute on function private.public_name(uuid) to anon, authenticated;

-- Hosts see who asks to join: the pseudonym, or the name when there is none.
create or replace function public.join_requester_names(circle uuid)
returns table (id uuid, pseudonym text, display_name text)
language sql stable security definer set search_path = '' as $$
  select p.id, p.pseudonym, case when p.pseudonym is null then p.display_name end
  from public.profiles p
  where private.is_circle_host(circle)
    and exists (
      select 1 from public.join_requests r
      where r.circle_id = circle and r.user_id = p.id and r.status in ('pending', 'waiting')
    )
$$;
comment on function public.join_requester_names(uuid) is 'For a circle''s hosts: the people asking to join, with their pseudonym or (only when they have none) their name.';
