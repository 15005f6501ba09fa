-- Moderating a circle (hiding a reported message, keeping someone out) follows the
-- neighbourhoods a worker covers (worker_areas, issue 14 point 8), like crisis alerts do,
-- instead of only the worker's own profile neighbourhood. Hosts and admins as before.

create or replace function private.can_moderate_circle(circle uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.is_circle_host(circle)
    or private.has_role('admin')
    or exists (
      select 1 from public.circles c
      where c.id = circle and c.neighbourhood_id is not null
        and private.worker_covers(c.neighbourhood_id)
    )
$$;
comment on function private.can_moderate_circle(uuid) is
  'Whether the signed-in person may moderate this circle: a host, an admin, or a worker whose area holds its neighbourhood.';
