-- Issue 12 point 5: a collective approach comes instead of one-to-one matches, not next to
-- them. A request linked to a collective (its resident accepted the invitation; status
-- 'collective') is never matched one-to-one: new matches need an open request already.
-- A request whose resident has an open invitation (the worker turned the proposal into a
-- circle, the resident has not answered yet) is held out of one-to-one matching until
-- they decline it or it expires, then it goes back into the pool. An invitation expires
-- 7 days after it was sent, or when the first gathering begins if that is sooner; the
-- resident can still accept it later while their request is open.
-- A request in a collective proposal a worker has not acted on yet is not held: its
-- resident was not asked anything, and a worker's to-do list should not keep them waiting.
-- The rule lives here once (private.collective_holds); the assignment job reads it, and
-- the check on new matches below enforces it for every writer.

create view private.collective_holds as
  select i.request_id, i.collective_id,
    least(i.invited_at + interval '7 days', coalesce(p.first_starts_at, 'infinity')) as held_until
  from public.collective_invitations i
  join public.collective_proposals p on p.id = i.collective_id
  where p.status = 'converted' and i.status = 'pending' and i.invited_at is not null
    and i.invited_at + interval '7 days' > now()
    and (p.first_starts_at is null or p.first_starts_at > now());
comment on view private.collective_holds is 'Requests held out of one-to-one matching by an open (unanswered, unexpired) invitation to a collective approach.';
revoke all on private.collective_holds from public, anon, authenticated;
grant select on private.collective_holds to service_role;

-- New live matches: the rules of before, and none for a request on hold. One pass over the
-- inserted rows (the job inserts a thousand at once) instead of one query per rule; when
-- several rules are broken, the first of this list is reported, as before.
create or replace function private.volunteers_check_new_matches() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  broken text;
begin
  select x.rule into broken from (
    select case
      when (r.involves_children or r.home_visit or r.skill_slug = 'childcare')
        and not coalesce(v.vog_status = 'valid' and v.vog_date > current_date - interval '3 years', false)
        then 1
      when v.status is distinct from 'active' then 2
      when r.status <> 'open' then 3
      when h.request_id is not null then 4
    end as rank,
    case
      when (r.involves_children or r.home_visit or r.skill_slug = 'childcare')
        and not coalesce(v.vog_status = 'valid' and v.vog_date > current_date - interval '3 years', false)
        then 'volunteers_vog_required'
      when v.status is distinct from 'active' then 'volunteers_volunteer_not_active'
      when r.status <> 'open' then 'volunteers_request_not_open'
      when h.request_id is not null then 'volunteers_request_in_collective'
    end as rule
    from inserted m
    join public.help_requests r on r.id = m.request_id
    left join public.volunteer_profiles v on v.user_id = m.volunteer_id
    left join (select distinct request_id from private.collective_holds) h on h.request_id = m.request_id
    where m.status in ('proposed', 'accepted')
  ) x
  where x.rule is not null
  order by x.rank
  limit 1;
  if broken is not null then
    raise exception '%', broken using errcode = '23514';
  end if;
  return null;
end;
$$;

-- When the invitation goes out, an unanswered one-to-one proposal for the same request is
-- withdrawn: the resident gets one offer, the group, and the volunteer's hours are free
-- again. (An accepted match is never touched: such a request is not invited at all.)
-- The volunteer did not say no, so the job may ask them again if the request comes back.
alter table public.volunteer_matches
  add column withdrawn_for_collective boolean not null default false;
comment on column public.volunteer_matches.withdrawn_for_collective is 'Withdrawn because the resident was invited to a collective approach instead (not a no from the volunteer).';

create function private.volunteers_invitation_sent() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  update public.volunteer_matches set status = 'withdrawn', withdrawn_for_collective = true
  where request_id = new.request_id and status = 'proposed';
  return null;
end;
$$;
comment on function private.volunteers_invitation_sent() is 'An invitation to a collective approach withdraws the unanswered one-to-one proposal for the same request.';
revoke execute on function private.volunteers_invitation_sent() from public, anon, authenticated;

create trigger collective_invitations_sent
  after update of invited_at on public.collective_invitations
  for each row when (old.invited_at is null and new.invited_at is not null)
  execute function private.volunteers_invitation_sent();

-- Linking a request to a collective (accepting the invitation, also a late one) takes back
-- its open proposal, as pausing or closing it does.
create or replace function private.volunteers_request_status_changed() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.status in ('paused', 'closed', 'collective') and old.status is distinct from new.status then
    update public.volunteer_matches set status = 'withdrawn'
    where request_id = new.id and status = 'proposed';
  end if;
  if new.status = 'closed' and old.status is distinct from new.status then
    update public.volunteer_matches set status = 'closed'
    where request_id = new.id and status = 'accepted';
  end if;
  return new;
end;
$$;
