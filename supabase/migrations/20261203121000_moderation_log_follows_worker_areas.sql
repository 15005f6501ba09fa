-- The moderation log follows the worker's area. Every worker read every entry (who was
-- banned where, which profile was reported, the moderators' reasons). A worker now reads
-- an entry about a circle when private.can_moderate_circle holds for it, and an entry
-- about a profile report (no circle) when they handle that report
-- (private.can_handle_subject_report). Entries with neither (a circle since deleted) are
-- for admins, who read everything as before.
drop policy "Workers and admins read the moderation log" on public.moderation_log;
create policy "Admins and the area's workers read the moderation log"
  on public.moderation_log for select to authenticated
  using (
    (select private.has_role('admin'))
    or (circle_id is not null and (select private.has_role('worker')) and private.can_moderate_circle(circle_id))
    or (circle_id is null and report_id is not null and private.can_handle_subject_report(report_id))
  );
