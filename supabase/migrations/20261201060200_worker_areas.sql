-- Which neighbourhoods a neighbourhood worker covers (issue 14 point 8). Until now a
-- worker's area was their profile's one neighbourhood; a worker may cover several, and
-- admins decide which. A worker reads their own rows; only admins (and the service path)
-- write. Row-level security reads it through private.worker_covers().

create table public.worker_areas (
  worker_id uuid not null references public.profiles (id) on delete cascade,
  neighbourhood_id uuid not null references public.neighbourhoods (id) on delete cascade,
  added_by uuid default auth.uid() references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  primary key (worker_id, neighbourhood_id)
);
comment on table public.worker_areas is 'The neighbourhoods a neighbourhood worker covers (their area); set by admins.';
create index worker_areas_neighbourhood_idx on public.worker_areas (neighbourhood_id);

alter table public.worker_areas enable row level security;
grant select, insert, delete on public.worker_areas to authenticated;
grant all on public.worker_areas to service_role;

create policy "Workers read their own area, admins all"
  on public.worker_areas for select to authenticated
  using (worker_id = (select auth.uid()) or (select private.has_role('admin')));

create policy "Admins add neighbourhoods to a worker's area"
  on public.worker_areas for insert to authenticated
  with check ((select private.has_role('admin')) and added_by = (select auth.uid()));

create policy "Admins take neighbourhoods from a worker's area"
  on public.worker_areas for delete to authenticated
  using ((select private.has_role('admin')));

-- Existing workers: their profile's neighbourhood becomes their first area.
insert into public.worker_areas (worker_id, neighbourhood_id)
select id, neighbourhood_id from public.profiles
where 'worker' = any (roles) and neighbourhood_id is not null
on conflict do nothing;

-- A worker made later (sign-up, seed, admin) the same way: when a worker gets a
-- neighbourhood and has no area yet, it becomes their first area; when an admin moves
-- a worker's profile neighbourhood (the old way of setting the area), the area moves too.
create function private.follow_worker_neighbourhood() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if not ('worker' = any (new.roles)) or new.neighbourhood_id is null then
    return new;
  end if;
  if tg_op = 'UPDATE' and old.neighbourhood_id is not null
     and old.neighbourhood_id is distinct from new.neighbourhood_id then
    delete from public.worker_areas
    where worker_id = new.id and neighbourhood_id = old.neighbourhood_id;
  end if;
  if not exists (select 1 from public.worker_areas where worker_id = new.id)
     or (tg_op = 'UPDATE' and old.neighbourhood_id is distinct from new.neighbourhood_id) then
    insert into public.worker_areas (worker_id, neighbourhood_id)
    values (new.id, new.neighbourhood_id)
    on conflict do nothing;
  end if;
  return new;
end;
$$;
comment on function private.follow_worker_neighbourhood() is 'After a profile changes: a worker''s profile neighbourhood becomes their first area, and moves it when an admin moves it.';
revoke execute on function private.follow_worker_neighbourhood() from public, anon, authenticated;

create trigger profiles_follow_worker_neighbourhood
  after insert or update of roles, neighbourhood_id on public.profiles
  for each row execute function private.follow_worker_neighbourhood();
