-- Admins assign workers to neighbourhoods (issue 14 point 8) but read no profile rows of
-- others (20261130010700). They get the list of workers, each with the name they show
-- others (pseudonym first), through this helper; for anyone else it is empty.

create function private.workers_for_admin()
returns table (id uuid, name text)
language sql stable security definer set search_path = '' as $$
  select p.id, coalesce(p.pseudonym, p.display_name)
  from public.profiles p
  where 'worker' = any (p.roles) and private.has_role('admin')
  order by 2, 1
$$;
comment on function private.workers_for_admin() is 'The neighbourhood workers with their public names, for admins assigning areas; empty for anyone else.';
revoke execute on function private.workers_for_admin() from public, anon;
grant execute on function private.workers_for_admin() to authenticated;
