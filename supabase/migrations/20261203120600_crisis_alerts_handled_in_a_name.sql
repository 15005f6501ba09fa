-- A crisis alert is marked handled in the name of the recipient who handled it. The update
-- policy only asked that handled_by be the caller or empty, so a recipient could set
-- handled_at with handled_by left empty through the database API: the alert then reads as
-- handled, by nobody, and drops out of every recipient's open list without anyone
-- answerable for it. Now handled_at and handled_by are set together (handled, by the
-- caller) or cleared together (open again), which is what the app does.
drop policy "Recipients mark their crisis alerts handled" on public.crisis_alerts;
create policy "Recipients mark their crisis alerts handled"
  on public.crisis_alerts for update to authenticated
  using ((select auth.uid()) = any (recipient_ids))
  with check (
    (select auth.uid()) = any (recipient_ids)
    and ((handled_at is null and handled_by is null)
         or (handled_at is not null and handled_by = (select auth.uid())))
  );
