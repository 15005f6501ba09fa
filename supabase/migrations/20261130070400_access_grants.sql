-- Time-limited grants (issue 10 point 21): a resident opens chosen parts of what they
-- wrote (their profile, their questions, their help requests) to one named neighbourhood
-- worker for 1 to 90 days ("treatment done, data gone"). Revocable at any time. The
-- worker reads only through private.read_granted_data(), which returns nothing from the
-- moment a grant expires or is revoked and logs every read; the resident reads that log.
-- Grants are made and revoked only through the functions below (checks in one place).

create table public.access_grants (
  id uuid primary key default gen_random_uuid(),
  resident_id uuid not null references public.profiles (id) on delete cascade,
  worker_id uuid not null references public.profiles (id) on delete cascade,
  scope text[] not null check (cardinality(scope) between 1 and 3
    and scope <@ array['profile', 'questions', 'help_requests']),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  check (resident_id <> worker_id),
  check (expires_at > created_at and expires_at <= created_at + interval '90 days')
);
comment on table public.access_grants is 'A resident opens chosen data to one neighbourhood worker for 1 to 90 days; revocable.';
create index access_grants_resident_idx on public.access_grants (resident_id, created_at desc);
create index access_grants_worker_idx on public.access_grants (worker_id, expires_at);

create table public.access_grant_reads (
  id bigint generated always as identity primary key,
  grant_id uuid not null references public.access_grants (id) on delete cascade,
  worker_id uuid references public.profiles (id) on delete set null,
  scope text[] not null,
  read_at timestamptz not null default now()
);
comment on table public.access_grant_reads is 'Every read of a resident''s data through a grant: who, what and when; the resident sees it.';
create index access_grant_reads_grant_idx on public.access_grant_reads (grant_id, read_at desc);

alter table public.access_grants enable row level security;
alter table public.access_grant_reads enable row level security;
grant select on public.access_grants, public.access_grant_reads to authenticated;
grant all on public.access_grants, public.access_grant_reads to service_role;

create policy "Residents read the grants they gave"
  on public.access_grants for select to authenticated
  using (resident_id = (select auth.uid()));

create policy "Workers read the grants given to them while they last"
  on public.access_grants for select to authenticated
  using (worker_id = (select auth.uid()) and revoked_at is null and expires_at > now());

create policy "Residents read who read their data"
  on public.access_grant_reads for select to authenticated
  using (exists (
    select 1 from public.access_grants g
    where g.id = grant_id and g.resident_id = (select auth.uid())));

-- The neighbourhood workers a resident may choose from (name only).
create function private.grant_workers() returns table (id uuid, name text)
language sql stable security definer set search_path = '' as $$
  select p.id, p.display_name from public.profiles p
  where 'worker' = any (p.roles) and (select auth.uid()) is not null
  order by p.display_name
$$;
comment on function private.grant_workers() is 'Neighbourhood workers a signed-in resident can open their data to.';

create function private.give_access(worker uuid, parts text[], days int) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  me uuid := (select auth.uid());
  made uuid;
begin
  if me is null then
    raise exception 'not signed in' using errcode = '42501';
  end if;
  if days is null or days not between 1 and 90 then
    raise exception 'grant_days' using errcode = '22023';
  end if;
  if worker = me or not exists (
    select 1 from public.profiles p where p.id = worker and 'worker' = any (p.roles)) then
    raise exception 'grant_worker' using errcode = '22023';
  end if;
  insert into public.access_grants (resident_id, worker_id, scope, created_at, expires_at)
  values (me, worker, (select array_agg(distinct s order by s) from unnest(parts) s),
          now(), now() + make_interval(days => days))
  returning id into made;
  return made;
end;
$$;
comment on function private.give_access(uuid, text[], int) is 'The caller opens chosen data to a neighbourhood worker for 1 to 90 days.';

create function private.revoke_access(grant_id uuid) returns boolean
language sql security definer set search_path = '' as $$
  with done as (
    update public.access_grants set revoked_at = now()
    where id = grant_id and resident_id = (select auth.uid()) and revoked_at is null
    returning 1)
  select exists (select 1 from done)
$$;
comment on function private.revoke_access(uuid) is 'The resident who gave a grant ends it at once.';

-- The worker's only way in: nothing once the grant has expired or was revoked (checked
-- against the clock at the moment of the read), and every read is logged.
create function private.read_granted_data(grant_id uuid) returns jsonb
language plpgsql security definer set search_path = '' as $$
declare
  me uuid := (select auth.uid());
  g public.access_grants;
  result jsonb := '{}'::jsonb;
begin
  select * into g from public.access_grants
  where id = grant_id and worker_id = me and revoked_at is null and expires_at > clock_timestamp();
  if not found or me is null then
    return null;
  end if;
  insert into public.access_grant_reads (grant_id, worker_id, scope) values (g.id, me, g.scope);
  if 'profile' = any (g.scope) then
    result := result || jsonb_build_object('profile', (
      select jsonb_build_object('name', p.display_name, 'pseudonym', p.pseudonym,
        'languages', p.languages, 'neighbourhood', n.name)
      from public.profiles p left join public.neighbourhoods n on n.id = p.neighbourhood_id
      where p.id = g.resident_id));
  end if;
  if 'questions' = any (g.scope) then
    result := result || jsonb_build_object('questions', coalesce((
      select jsonb_agg(jsonb_build_object('body', q.body, 'status', q.status,
        'created_at', q.created_at) order by q.created_at)
      from public.questions q where q.user_id = g.resident_id), '[]'::jsonb));
  end if;
  if 'help_requests' = any (g.scope) then
    result := result || jsonb_build_object('help_requests', coalesce((
      select jsonb_agg(jsonb_build_object('body', h.body, 'skill', h.skill_slug,
        'status', h.status, 'created_at', h.created_at) order by h.created_at)
      from public.help_requests h where h.requester_id = g.resident_id), '[]'::jsonb));
  end if;
  return result || jsonb_build_object('expires_at', g.expires_at);
end;
$$;
comment on function private.read_granted_data(uuid) is 'A worker reads what a live grant opens to them; every read is logged; nothing after expiry or revocation.';

revoke execute on function private.grant_workers(), private.give_access(uuid, text[], int),
  private.revoke_access(uuid), private.read_granted_data(uuid) from public, anon;
grant execute on function private.grant_workers(), private.give_access(uuid, text[], int),
  private.revoke_access(uuid), private.read_granted_data(uuid) to authenticated;

-- The resident's grants with the worker's name and every read: for their page and export.
create function private.my_grants() returns jsonb
language sql stable security definer set search_path = '' as $$
  select coalesce(jsonb_agg(jsonb_build_object(
    'id', g.id, 'worker', p.display_name, 'scope', g.scope, 'created_at', g.created_at,
    'expires_at', g.expires_at, 'revoked_at', g.revoked_at,
    'active', g.revoked_at is null and g.expires_at > clock_timestamp(),
    'reads', coalesce((
      select jsonb_agg(jsonb_build_object('read_at', r.read_at, 'scope', r.scope,
        'worker', rp.display_name) order by r.read_at desc)
      from public.access_grant_reads r left join public.profiles rp on rp.id = r.worker_id
      where r.grant_id = g.id), '[]'::jsonb)
  ) order by g.created_at desc), '[]'::jsonb)
  from public.access_grants g join public.profiles p on p.id = g.worker_id
  where g.resident_id = (select auth.uid())
$$;
comment on function private.my_grants() is 'The caller''s grants, with the worker''s name and the log of every read.';
revoke execute on function private.my_grants() from public, anon;
grant execute on function private.my_grants() to authenticated;
