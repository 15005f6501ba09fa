-- The rules that limited a worker to their profile's neighbourhood now read their area
-- (public.worker_areas). create or replace keeps each helper's oid, so the policies that
-- call them follow without being made again.

create function private.worker_covers(neighbourhood uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.has_role('admin') or (
    private.has_role('worker') and exists (
      select 1 from public.worker_areas
      where worker_id = (select auth.uid()) and neighbourhood_id = neighbourhood
    )
  )
$$;
comment on function private.worker_covers(uuid) is 'Whether the signed-in person is an admin or a worker whose area holds this neighbourhood.';
revoke execute on function private.worker_covers(uuid) from public, anon;
grant execute on function private.worker_covers(uuid) to authenticated, service_role;

create function private.worker_covers_any(neighbourhoods uuid[]) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.has_role('admin') or (
    private.has_role('worker') and exists (
      select 1 from public.worker_areas
      where worker_id = (select auth.uid()) and neighbourhood_id = any (neighbourhoods)
    )
  )
$$;
comment on function private.worker_covers_any(uuid[]) is 'Whether the signed-in person is an admin or a worker whose area holds one of these neighbourhoods.';
revoke execute on function private.worker_covers_any(uuid[]) from public, anon;
grant execute on function private.worker_covers_any(uuid[]) to authenticated, service_role;

create or replace function private.volunteers_is_worker_for(neighbourhood uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.worker_covers(neighbourhood)
$$;

create or replace function private.volunteers_is_worker_for_any(neighbourhoods uuid[]) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.worker_covers_any(neighbourhoods)
$$;

-- Proposals: anchored in one of the worker's neighbourhoods or within 3 km of one (as
-- before, with the one home neighbourhood); a worker without any area still sees all.
create or replace function private.proposal_in_my_area(anchor uuid) returns boolean
language plpgsql stable security definer set search_path = '' as $$
begin
  if private.has_role('admin') then
    return true;
  end if;
  if not private.has_role('worker') then
    return false;
  end if;
  if not exists (select 1 from public.worker_areas where worker_id = (select auth.uid())) then
    return true;
  end if;
  return exists (
    select 1
    from public.worker_areas w
    join public.neighbourhoods home on home.id = w.neighbourhood_id
    join public.neighbourhoods a on a.id = anchor
    where w.worker_id = (select auth.uid())
      and public.kring_distance_km(a.latitude, a.longitude, home.latitude, home.longitude) <= 3
  );
end;
$$;
