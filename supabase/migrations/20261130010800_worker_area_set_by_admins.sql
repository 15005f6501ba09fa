-- A neighbourhood worker's area (the proposals they may read and seed) follows their
-- profile's neighbourhood, which people edit themselves. A worker could widen their area
-- by clearing it or move it anywhere over the API. Once set, a worker's neighbourhood is
-- changed by an admin (or the service path); a change by the worker keeps the old value.

create function private.keep_worker_area() returns trigger
language plpgsql set search_path = '' as $$
begin
  if current_user in ('anon', 'authenticated')
     and old.neighbourhood_id is not null
     and new.neighbourhood_id is distinct from old.neighbourhood_id
     and 'worker' = any (old.roles)
     and not private.has_role('admin') then
    new.neighbourhood_id := old.neighbourhood_id;
  end if;
  return new;
end;
$$;
comment on function private.keep_worker_area() is 'Before a profile changes: a worker does not move or clear their own neighbourhood (their area); admins do.';
revoke execute on function private.keep_worker_area() from public, anon, authenticated;

create trigger profiles_keep_worker_area
  before update of neighbourhood_id on public.profiles
  for each row execute function private.keep_worker_area();
