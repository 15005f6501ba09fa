-- Hosts write only the columns of a circle that the app writes. Insert and update on
-- public.circles were granted on every column, so a host, through the database API, could
-- - write search_text (search_document follows it) without changing what the circle says:
--   their circle then came up for every search a resident makes ("schulden", "rouw"), and the
--   search vocabulary took the words;
-- - set created_by to someone else: the proposal read as that person's, counted against their
--   limit of proposals, and freed the proposer's own (and a worker named there could change it);
-- - backdate created_at, or choose id and updated_at.
-- Insert: what startCircle and a worker's proposal write (src/lib/server/circles/hosting.ts,
-- src/lib/server/proposals/index.ts; the policy holds created_by to auth.uid()). Update: what
-- updateCircle and setCircleStatus write, and published_at, which guard_circle_review keeps.
revoke insert, update on public.circles from authenticated;
grant insert (name, description, name_en, description_en, house_rules, meeting_note,
  location_name, theme_slugs, neighbourhood_id, format, visibility, join_policy, capacity,
  meeting_weekdays, meeting_parts, languages, meeting_note_en, house_rules_en, slug, status,
  created_by)
  on public.circles to authenticated;
grant update (name, description, name_en, description_en, house_rules, meeting_note,
  location_name, theme_slugs, neighbourhood_id, format, visibility, join_policy, capacity,
  meeting_weekdays, meeting_parts, languages, meeting_note_en, house_rules_en, status,
  published_at)
  on public.circles to authenticated;
