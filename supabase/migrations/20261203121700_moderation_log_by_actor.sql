-- Looking up a person's entries in the moderation log read the whole log: nothing indexed
-- actor_id. private.staff_sees_name asks it for every actor on /moderation/log (200 names
-- a page) when the actor is not in one of the worker's circles, and erasing an account sets
-- actor_id to null in every entry of that person (on delete set null), each a full scan.
-- Subject reports had no index on the reported person either (staff_sees_name asks that
-- too). Both are partial: most profile reports and log entries name someone.
create index moderation_log_actor_idx on public.moderation_log (actor_id) where actor_id is not null;
create index subject_reports_profile_idx on public.subject_reports (profile_id) where profile_id is not null;
