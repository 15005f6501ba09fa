-- Who may invite to a circle (an invitation link, the invitation counts) said "a host, an
-- admin, or any worker". So a worker of one area could make a link to an invitation-only
-- circle in another area (say the young carers' circle in Centrum) and hand it to anyone,
-- a second account of their own included, who then joins and reads its chat and members.
-- Every other power a worker has over a circle follows their area (moderating, bans,
-- crisis alerts, proposals); inviting does too now: a host, an admin, or a worker whose
-- area (public.worker_areas) holds the circle's neighbourhood, as in
-- private.can_moderate_circle. A worker who seeds a circle from a proposal hosts it, so
-- keeps inviting to it. create or replace keeps the oid, so its callers follow.
create or replace function private.can_invite_to_circle(circle uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.is_circle_host(circle)
    or private.has_role('admin')
    or exists (
      select 1 from public.circles c
      where c.id = circle and c.neighbourhood_id is not null
        and private.worker_covers(c.neighbourhood_id)
    )
$$;
comment on function private.can_invite_to_circle(uuid) is
  'Whether the signed-in person may invite to this circle: a host, an admin, or a worker whose area holds its neighbourhood.';
