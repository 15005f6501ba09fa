-- A question's created_at is the server's. Insert and update on public.questions were granted
-- on every column, so a resident could backdate their own question by a year through the
-- database API: the group's proposal (ordered by its oldest question, oldest_question_at) went
-- to the top of the workers' list, and the workers' overview counted a year of waiting.
-- Also no chosen id or updated_at. Everything the question form, the aftercare and the
-- consents write stays granted (closed_at too: question_closed_at keeps the server's time).
revoke insert, update on public.questions from authenticated;
grant insert (user_id, body, theme_slugs, neighbourhood_id, preferred_format, preferred_times,
  languages, visible_anonymously, consent_to_contact, status, closed_at, closed_reason)
  on public.questions to authenticated;
grant update (body, theme_slugs, neighbourhood_id, preferred_format, preferred_times, languages,
  visible_anonymously, consent_to_contact, status, closed_at, closed_reason)
  on public.questions to authenticated;
