-- circle_member_counts(uuid[]) again, same result, planned the same way with or without
-- table statistics: the wanted circles by primary key, each count through the memberships
-- key. The first version joined memberships to circles; without statistics (PGlite has no
-- autovacuum) that became a nested loop over every pair and took over a second for a page
-- of 60 circles in a city of 1,500.

create or replace function public.circle_member_counts(wanted uuid[])
returns table (circle_id uuid, members int)
language sql stable security definer set search_path = '' as $$
  select x.circle_id, x.members
  from (
    select c.id as circle_id,
      (select count(*)::int from public.memberships m where m.circle_id = c.id) as members
    from public.circles c
    where c.id = any (wanted)
      and (
        (c.visibility = 'public' and c.status in ('published', 'closed', 'archived'))
        or public.is_circle_member(c.id) or public.has_role('worker') or public.has_role('admin')
      )
  ) x
  where x.members > 0
$$;
comment on function public.circle_member_counts(uuid[]) is 'How many people belong to each of the given circles the caller may see (circles without members are left out); names stay private.';
grant execute on function public.circle_member_counts(uuid[]) to anon, authenticated;
