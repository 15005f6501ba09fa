-- Member lists follow the worker's area. "Workers and admins read memberships" let a
-- neighbourhood worker of any area read who is in every circle (the young carers' circle
-- in Centrum to a worker of Kerk en Zanen), though hiding, banning and inviting already
-- follow worker areas. Kring opens data to a professional only where they help: a worker
-- now reads the members of a circle whose neighbourhood their area holds, exactly as
-- private.can_moderate_circle decides (admins as before; hosts and members keep reading
-- their own circle through "Members read who else is in their circle"). The role check
-- first spares residents the per-row area test.
drop policy "Workers and admins read memberships" on public.memberships;
create policy "Admins and the area's workers read memberships"
  on public.memberships for select to authenticated
  using (
    (select private.has_role('admin'))
    or ((select private.has_role('worker')) and private.can_moderate_circle(circle_id))
  );
