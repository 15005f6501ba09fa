-- A volunteer who says no to a proposal may say why ("Waarom niet?"). The account export
-- already gives that reason to the volunteer only (never to the requester), but the table's
-- select grant covered every column, so the requester read it through the database API:
-- select decline_reason from volunteer_matches where request_id = <their request>. No page
-- shows it to anyone. Select is now granted on every column but decline_reason; the
-- security-definer functions that write it and the account export read it as before.
revoke select on public.volunteer_matches from authenticated;
grant select (id, request_id, volunteer_id, status, source, cost, reasons, proposed_at, expires_at,
  answered_at, confirmed_at, confirmed_by, worker_note, volunteer_name, requester_name,
  withdrawn_for_collective) on public.volunteer_matches to authenticated;
