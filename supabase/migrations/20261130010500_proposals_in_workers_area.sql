-- A neighbourhood worker reads, sets aside and seeds only the proposals of their own area:
-- anchored in their neighbourhood or one within 3 km (nearbyKm in
-- src/lib/server/matching/proposals.ts), as the proposals list already showed; admins and
-- workers without a neighbourhood see all. Before, the area was only a filter of the list,
-- and any proposal opened by its address. A worker also keeps seeing what they seeded.

create function private.proposal_in_my_area(anchor uuid) returns boolean
language plpgsql stable security definer set search_path = '' as $$
declare
  home public.neighbourhoods;
begin
  if private.has_role('admin') then
    return true;
  end if;
  if not private.has_role('worker') then
    return false;
  end if;
  select n.* into home from public.profiles p
  join public.neighbourhoods n on n.id = p.neighbourhood_id
  where p.id = (select auth.uid());
  if not found then
    return true;
  end if;
  return exists (
    select 1 from public.neighbourhoods a
    where a.id = anchor
      and public.kring_distance_km(a.latitude, a.longitude, home.latitude, home.longitude) <= 3
  );
end;
$$;
comment on function private.proposal_in_my_area(uuid) is 'Whether a proposal anchored in this neighbourhood is in the signed-in worker''s area (admins: always).';
revoke execute on function private.proposal_in_my_area(uuid) from public, anon;
grant execute on function private.proposal_in_my_area(uuid) to authenticated;

drop policy "Workers and admins read proposals" on public.circle_proposals;
create policy "Workers read proposals in their area, admins all"
  on public.circle_proposals for select to authenticated
  using (
    (select private.proposal_in_my_area(anchor_neighbourhood_id))
    or (seeded_by = (select auth.uid()) and (select private.has_role('worker')))
  );

drop policy "Workers and admins set proposals aside" on public.circle_proposals;
create policy "Workers set proposals in their area aside"
  on public.circle_proposals for update to authenticated
  using (status in ('open', 'dismissed') and (select private.proposal_in_my_area(anchor_neighbourhood_id)))
  with check (status in ('open', 'dismissed') and (select private.proposal_in_my_area(anchor_neighbourhood_id)));

create or replace function public.seed_circle_from_proposal(proposal uuid, circle uuid) returns int
language plpgsql security definer set search_path = '' as $$
declare
  p public.circle_proposals;
  c public.circles;
  r record;
  inv uuid;
  invited int := 0;
begin
  if not (private.has_role('worker') or private.has_role('admin')) then
    raise exception 'only a neighbourhood worker or admin seeds circles' using errcode = '42501';
  end if;
  select * into p from public.circle_proposals where id = proposal and status = 'open' for update;
  if not found or not private.proposal_in_my_area(p.anchor_neighbourhood_id) then
    raise exception 'no open proposal' using errcode = 'P0002';
  end if;
  select * into c from public.circles where id = circle;
  if not found or not (c.created_by = (select auth.uid()) or private.has_role('admin')) then
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
