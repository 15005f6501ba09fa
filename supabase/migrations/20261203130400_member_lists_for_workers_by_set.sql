-- The memberships policy for workers asked private.can_moderate_circle once for every row
-- (a few lookups each). Now the circles the caller moderates are worked out once per query
-- and each row is looked up in them, as the moderation log does. A worker reading every
-- membership they may (88 rows of the demo town, PostgreSQL): 6.5-9.8 ms -> 0.5-2.0 ms; one
-- circle's members: no difference (0.5 ms). Who reads what is unchanged (the test compares).
drop policy "Admins and the area's workers read memberships" on public.memberships;
create policy "Admins and the area's workers read memberships"
  on public.memberships for select to authenticated
  using ((select private.has_role('admin'))
         or ((select private.has_role('worker'))
             and circle_id in (select x.id from private.moderated_circle_ids() x (id))));
