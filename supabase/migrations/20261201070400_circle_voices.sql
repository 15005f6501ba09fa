-- The voice of residents (issue 14 point 6), part one: every few months members are asked,
-- briefly and optionally, what their circle helps with and what is missing. An answer or
-- a "not now" is one row; either keeps the question away for a round (120 days), so
-- nobody is nagged. Members read and remove only their own rows; workers never read rows,
-- only counts per neighbourhood, theme and option through private.circle_voice_counts(),
-- which the app shows with small-count suppression (src/lib/server/overview/suppression.ts).

create table public.circle_voices (
  id uuid primary key default gen_random_uuid(),
  circle_id uuid not null references public.circles (id) on delete cascade,
  user_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  status text not null check (status in ('answered', 'skipped')),
  helps_with text[] not null default '{}'
    check (helps_with <@ array['peers', 'tips', 'information', 'less_alone', 'practical_help', 'courage']),
  missing text[] not null default '{}'
    check (missing <@ array['more_gatherings', 'volunteer', 'professional', 'childcare', 'closer_by', 'online', 'nothing']),
  created_at timestamptz not null default now(),
  check (status = 'answered' or (helps_with = '{}' and missing = '{}'))
);
comment on table public.circle_voices is 'A member''s short answer (or "not now") on what their circle helps with and what is missing; asked at most once a round.';
create index circle_voices_member_idx on public.circle_voices (user_id, circle_id, created_at desc);
create index circle_voices_circle_idx on public.circle_voices (circle_id);

-- The moment of an answer is the database's, so nobody skips the round's wait.
create function private.circle_voice_now() returns trigger
language plpgsql set search_path = '' as $$
begin
  if current_user in ('anon', 'authenticated') then
    new.created_at := now();
  end if;
  return new;
end;
$$;
revoke execute on function private.circle_voice_now() from public, anon, authenticated;

create trigger circle_voices_now
  before insert on public.circle_voices
  for each row execute function private.circle_voice_now();

alter table public.circle_voices enable row level security;
grant select, insert, delete on public.circle_voices to authenticated;
grant all on public.circle_voices to service_role;

create policy "Members read their own answers"
  on public.circle_voices for select to authenticated
  using (user_id = (select auth.uid()));

create policy "Members answer for their own circles"
  on public.circle_voices for insert to authenticated
  with check (user_id = (select auth.uid()) and (select private.is_circle_member(circle_id)));

create policy "Members take back their own answers"
  on public.circle_voices for delete to authenticated
  using (user_id = (select auth.uid()));

-- Counts for workers (their area) and admins (all): people per neighbourhood, theme and
-- option, from each member's latest answer per circle of the last year. Raw counts: the
-- app suppresses small ones before anything is shown.
create function private.circle_voice_counts()
returns table (neighbourhood_id uuid, theme_slug text, question text, option text, people int)
language sql stable security definer set search_path = '' as $$
  with latest as (
    select distinct on (v.circle_id, v.user_id) v.*
    from public.circle_voices v
    where v.created_at > now() - interval '1 year'
    order by v.circle_id, v.user_id, v.created_at desc
  ),
  answers as (
    select c.neighbourhood_id, t.slug as theme_slug, l.user_id, l.helps_with, l.missing
    from latest l
    join public.circles c on c.id = l.circle_id
    cross join lateral unnest(c.theme_slugs) as t(slug)
    where l.status = 'answered' and c.neighbourhood_id is not null
      and private.worker_covers(c.neighbourhood_id)
  )
  select neighbourhood_id, theme_slug, 'helps', o, count(distinct user_id)::int
  from answers cross join lateral unnest(helps_with) as o
  group by 1, 2, 4
  union all
  select neighbourhood_id, theme_slug, 'missing', o, count(distinct user_id)::int
  from answers cross join lateral unnest(missing) as o
  group by 1, 2, 4
$$;
comment on function private.circle_voice_counts() is 'People per neighbourhood, theme and answer option in the caller''s area (workers) or everywhere (admins); raw, suppressed by the app.';
revoke execute on function private.circle_voice_counts() from public, anon;
grant execute on function private.circle_voice_counts() to authenticated;
