-- The assignment job writes its proposals in one statement; the check that nobody is
-- proposed to someone in a block with them ran once per row (a function call and a lookup
-- each). New matches are now checked once per statement, with the inserted rows as a
-- transition table, like the other rules for new matches; changes to a match are still
-- checked per row. The rule itself is unchanged.

drop trigger volunteer_matches_not_blocked on public.volunteer_matches;

create trigger volunteer_matches_not_blocked
  before update of status, volunteer_id on public.volunteer_matches
  for each row execute function private.volunteer_match_not_blocked();

create function private.volunteer_matches_not_blocked_new() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if exists (
    select 1 from inserted m
    join public.help_requests r on r.id = m.request_id
    join public.blocks b
      on (b.blocker_id = r.requester_id and b.blocked_id = m.volunteer_id)
      or (b.blocker_id = m.volunteer_id and b.blocked_id = r.requester_id)
    where m.status in ('proposed', 'accepted')
  ) then
    raise exception 'volunteers_blocked' using errcode = '42501';
  end if;
  return null;
end;
$$;
comment on function private.volunteer_matches_not_blocked_new() is 'After inserting matches: none pairs two people of whom one blocked the other.';
revoke execute on function private.volunteer_matches_not_blocked_new() from public, anon, authenticated;

create trigger volunteer_matches_not_blocked_new
  after insert on public.volunteer_matches
  referencing new table as inserted
  for each statement execute function private.volunteer_matches_not_blocked_new();
