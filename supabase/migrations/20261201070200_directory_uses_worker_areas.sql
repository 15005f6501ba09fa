-- Directory entries follow the worker's whole area (public.worker_areas, all the
-- neighbourhoods they cover) instead of only their profile's neighbourhood. Town-wide
-- entries (neighbourhood null) stay with admins. create or replace keeps the oid, so the
-- policies that call it follow.

create or replace function private.directory_in_my_area(neighbourhood uuid) returns boolean
language plpgsql stable security definer set search_path = '' as $$
begin
  if private.has_role('admin') then
    return true;
  end if;
  if neighbourhood is null or (select auth.uid()) is null then
    return false;
  end if;
  return private.worker_covers(neighbourhood);
end;
$$;
