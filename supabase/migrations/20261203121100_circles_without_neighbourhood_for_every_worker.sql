-- A circle may have no neighbourhood (online, or for the whole town). Since moderation,
-- invitations, member lists and reports follow a worker's area, such a circle fell to its
-- hosts and the admins alone: a report about its host reached no worker at all. Every worker
-- covers such a circle, as every worker did before areas; a circle with a neighbourhood
-- stays with the workers of that area. create or replace keeps the oids, so policies and
-- functions that call these follow.
create or replace function private.can_moderate_circle(circle uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.is_circle_host(circle)
    or private.has_role('admin')
    or exists (
      select 1 from public.circles c
      where c.id = circle
        and case when c.neighbourhood_id is null then private.has_role('worker')
                 else private.worker_covers(c.neighbourhood_id) end
    )
$$;
comment on function private.can_moderate_circle(uuid) is
  'Whether the signed-in person may moderate this circle: a host, an admin, a worker whose area holds its neighbourhood, or any worker when it has none.';

-- Inviting follows the same rule as moderating (20261203120300 copied it): one place now.
create or replace function private.can_invite_to_circle(circle uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.can_moderate_circle(circle)
$$;
comment on function private.can_invite_to_circle(uuid) is
  'Whether the signed-in person may invite to this circle: whoever may moderate it (private.can_moderate_circle).';
