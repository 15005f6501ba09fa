-- Seeding a circle from a proposal: the worker has just started the circle (as its
-- creator, through row-level security); this invites the residents behind the proposal
-- and tells them, without the worker ever learning who they are. Security definer
-- because workers may not read questions or create 'proposal' invitations themselves.

create function public.seed_circle_from_proposal(proposal uuid, circle uuid) returns int
language plpgsql security definer set search_path = '' as $$
declare
  p public.circle_proposals;
  c public.circles;
  r record;
  inv uuid;
  invited int := 0;
begin
  if not (public.has_role('worker') or public.has_role('admin')) then
    raise exception 'only a neighbourhood worker or admin seeds circles' using errcode = '42501';
  end if;
  select * into p from public.circle_proposals where id = proposal and status = 'open' for update;
  if not found then
    raise exception 'no open proposal' using errcode = 'P0002';
  end if;
  select * into c from public.circles where id = circle;
  if not found or not (c.created_by = (select auth.uid()) or public.has_role('admin')) then
    raise exception 'only the creator of the circle seeds it' using errcode = '42501';
  end if;

  -- Only people whose question is still open and who still consent are invited.
  for r in
    select distinct q.user_id
    from public.circle_proposal_questions pq
    join public.questions q on q.id = pq.question_id
    where pq.proposal_id = p.id and q.status = 'open' and q.consent_to_contact
      and q.user_id is distinct from c.created_by
      and not exists (select 1 from public.memberships m where m.circle_id = c.id and m.user_id = q.user_id)
  loop
    inv := null;
    insert into public.circle_invitations (circle_id, user_id, invited_by, source)
    values (c.id, r.user_id, (select auth.uid()), 'proposal')
    on conflict do nothing
    returning id into inv;
    if inv is not null then
      invited := invited + 1;
      perform public.notify(
        r.user_id, 'circle_invitation',
        jsonb_build_object('circle_id', c.id, 'circle_name', c.name, 'circle_slug', c.slug,
                           'invitation_id', inv, 'source', 'proposal'),
        '/questions');
    end if;
  end loop;

  update public.circle_proposals
  set status = 'seeded', circle_id = c.id, seeded_by = (select auth.uid()), seeded_at = now()
  where id = p.id;
  -- Published only now, so the "a circle fits your question" notice skips the invited.
  if c.status = 'proposed' then
    update public.circles set status = 'published' where id = c.id;
  end if;
  return invited;
end;
$$;
comment on function public.seed_circle_from_proposal(uuid, uuid) is 'Invites the residents behind a proposal to the circle a worker started from it; returns how many were invited.';

revoke execute on function public.seed_circle_from_proposal(uuid, uuid) from public, anon;
grant execute on function public.seed_circle_from_proposal(uuid, uuid) to authenticated;
