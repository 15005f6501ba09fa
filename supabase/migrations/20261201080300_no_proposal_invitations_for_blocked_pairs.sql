-- Block (issue 10 point 22), "no proposals together" for circles too: when a worker seeds a
-- circle from a proposal, a person is not invited next to someone of whom one blocked the
-- other. The first one invited keeps the place; the other is quietly passed over, as with
-- an invitation from someone they blocked.

create or replace function private.invitation_not_blocked() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.user_id is not null and new.invited_by is not null
     and private.blocked_between(new.user_id, new.invited_by) then
    return null;
  end if;
  if new.user_id is not null and new.source = 'proposal' and exists (
    select 1 from public.circle_invitations i
    where i.circle_id = new.circle_id and i.source = 'proposal' and i.user_id is not null
      and private.blocked_between(new.user_id, i.user_id)
  ) then
    return null;
  end if;
  return new;
end;
$$;
comment on function private.invitation_not_blocked() is 'Before an invitation: not from or to someone the other blocked, and from a proposal never next to someone in a block with them.';
revoke execute on function private.invitation_not_blocked() from public, anon, authenticated;
