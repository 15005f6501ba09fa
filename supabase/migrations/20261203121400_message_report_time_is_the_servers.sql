-- A message report's time is the server's. authenticated had insert on every column of
-- public.message_reports, so a reporter writing through the database API chose created_at
-- (and the report's id): a report backdated by a month sat at the bottom of the queue or
-- looked older than the message it reports, and the moderation log, the queue and the
-- account export carried the made-up time. The fill trigger already overwrote circle,
-- copy, author and status; now only the columns the app writes stay insertable (the
-- message, the reporter, checked by the policy, the circle, set by the trigger from the
-- message, and the reason). Subject reports were granted only kind, profile_id, circle_id
-- and reason from the start.
revoke insert on public.message_reports from authenticated;
grant insert (message_id, reporter_id, circle_id, reason) on public.message_reports to authenticated;
