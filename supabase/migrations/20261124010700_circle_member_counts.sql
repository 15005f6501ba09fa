-- Member counts for a page of circles in one call, instead of one function call per
-- circle (the circle list showed 100 cards and spent most of its time counting).

create function public.circle_member_counts(wanted uuid[])
returns table (circle_id uuid, members int)
language sql stable security definer set search_path = '' as $$
  select m.circle_id, count(*)::int
  from public.memberships m
  join public.circles c on c.id = m.circle_id
  where m.circle_id = any (wanted)
    and (
      (c.visibility = 'public' and c.status in ('published', 'closed', 'archived'))
      or public.is_circle_member(c.id) or public.has_role('worker') or public.has_role('admin')
    )
  group by m.circle_id
$$;
comment on function public.circle_member_counts(uuid[]) is 'How many people belong to each of the given circles the caller may see; names stay private.';
grant execute on function public.circle_member_counts(uuid[]) to anon, authenticated;
