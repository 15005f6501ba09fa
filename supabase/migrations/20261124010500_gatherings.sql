-- Gatherings (bijeenkomsten) of a circle: one-off or part of a recurring series, with
-- RSVPs (yes / maybe / no) by members, and a private calendar feed per person.

create table public.gatherings (
  id uuid primary key default gen_random_uuid(),
  circle_id uuid not null references public.circles (id) on delete cascade,
  series_id uuid,
  series_index int not null default 0,
  recurrence text not null default 'none' check (recurrence in ('none', 'weekly', 'biweekly', 'monthly')),
  title text not null check (char_length(title) between 3 and 120),
  description text not null default '' check (char_length(description) <= 2000),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  time_zone text not null default 'Europe/Amsterdam',
  location_name text not null default '' check (char_length(location_name) <= 200),
  address text not null default '' check (char_length(address) <= 300),
  room text not null default '' check (char_length(room) <= 120),
  online_url text check (online_url is null or (online_url ~ '^https://' and char_length(online_url) <= 500)),
  capacity int check (capacity is null or capacity between 1 and 500),
  cancelled_at timestamptz,
  reminder_sent_at timestamptz,
  created_by uuid references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  check (ends_at > starts_at and ends_at <= starts_at + interval '1 day')
);
comment on table public.gatherings is 'A meeting of a circle, in person or online; recurring ones share a series_id.';
create index gatherings_circle_idx on public.gatherings (circle_id, starts_at);
create index gatherings_upcoming_idx on public.gatherings (starts_at) where cancelled_at is null;

create table public.gathering_rsvps (
  gathering_id uuid not null references public.gatherings (id) on delete cascade,
  user_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  answer text not null check (answer in ('yes', 'maybe', 'no')),
  updated_at timestamptz not null default now(),
  primary key (gathering_id, user_id)
);
comment on table public.gathering_rsvps is 'Whether a member comes to a gathering: yes, maybe or no.';
create index gathering_rsvps_user_idx on public.gathering_rsvps (user_id);

create table public.calendar_feeds (
  user_id uuid primary key default auth.uid() references public.profiles (id) on delete cascade,
  token text not null unique check (char_length(token) >= 32),
  created_at timestamptz not null default now()
);
comment on table public.calendar_feeds is 'The secret address of a person''s calendar feed of their gatherings; replacing the token revokes the old address.';

create function public.gathering_circle(gathering uuid) returns uuid
language sql stable security definer set search_path = '' as $$
  select circle_id from public.gatherings where id = gathering
$$;

-- New gatherings are never in the past.
create function public.guard_gathering_times() returns trigger
language plpgsql set search_path = '' as $$
begin
  if current_user in ('anon', 'authenticated')
     and new.starts_at <= now() and (tg_op = 'INSERT' or new.starts_at is distinct from old.starts_at) then
    raise exception 'gathering_in_past' using errcode = 'P0001';
  end if;
  return new;
end;
$$;

create trigger gatherings_guard_times
  before insert or update of starts_at on public.gatherings
  for each row execute function public.guard_gathering_times();

-- Members hear about a new gathering (once per series).
create function public.announce_gathering() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  c public.circles;
begin
  if new.series_index = 0 then
    select * into c from public.circles where id = new.circle_id;
    perform public.notify(m.user_id, 'gathering_new',
      jsonb_build_object('circle', c.name, 'title', new.title, 'starts_at', new.starts_at),
      '/gatherings/' || new.id)
    from public.memberships m
    where m.circle_id = new.circle_id and m.user_id is distinct from new.created_by;
  end if;
  return null;
end;
$$;

create trigger gatherings_announce
  after insert on public.gatherings
  for each row execute function public.announce_gathering();

-- RSVPs close when a gathering starts, and "yes" respects its capacity.
create function public.guard_rsvp() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  g public.gatherings;
begin
  select * into g from public.gatherings where id = new.gathering_id for update;
  if g.starts_at <= now() then
    raise exception 'gathering_started' using errcode = 'P0001';
  end if;
  if g.cancelled_at is not null then
    raise exception 'gathering_cancelled' using errcode = 'P0001';
  end if;
  if new.answer = 'yes' and g.capacity is not null and (
    select count(*) from public.gathering_rsvps r
    where r.gathering_id = g.id and r.answer = 'yes' and r.user_id <> new.user_id
  ) >= g.capacity then
    raise exception 'gathering_full' using errcode = 'P0001';
  end if;
  new.updated_at := now();
  return new;
end;
$$;

create trigger gathering_rsvps_guard
  before insert or update on public.gathering_rsvps
  for each row execute function public.guard_rsvp();

alter table public.gatherings enable row level security;
alter table public.gathering_rsvps enable row level security;
alter table public.calendar_feeds enable row level security;

grant select on public.gatherings to anon, authenticated;
grant insert, update, delete on public.gatherings to authenticated;
grant select on public.gathering_rsvps to anon;
grant select, insert, update, delete on public.gathering_rsvps to authenticated;
grant select, insert, update, delete on public.calendar_feeds to authenticated;
grant all on public.gatherings, public.gathering_rsvps, public.calendar_feeds to service_role;
grant execute on function public.gathering_circle(uuid) to anon, authenticated;

create policy "Everyone reads gatherings of listed circles"
  on public.gatherings for select to anon, authenticated
  using ((select public.circle_is_listed(circle_id)));

create policy "Members read gatherings of their circles"
  on public.gatherings for select to authenticated
  using ((select public.is_circle_member(circle_id)));

create policy "Hosts plan gatherings"
  on public.gatherings for insert to authenticated
  with check ((select public.is_circle_host(circle_id)) and created_by = (select auth.uid()));

create policy "Hosts change gatherings"
  on public.gatherings for update to authenticated
  using ((select public.is_circle_host(circle_id)))
  with check ((select public.is_circle_host(circle_id)));

create policy "Hosts remove gatherings"
  on public.gatherings for delete to authenticated
  using ((select public.is_circle_host(circle_id)));

create policy "Members see who comes"
  on public.gathering_rsvps for select to authenticated
  using ((select public.is_circle_member(public.gathering_circle(gathering_id))));

create policy "Members answer for themselves"
  on public.gathering_rsvps for insert to authenticated
  with check (user_id = (select auth.uid()) and (select public.is_circle_member(public.gathering_circle(gathering_id))));

create policy "Members change their own answer"
  on public.gathering_rsvps for update to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()) and (select public.is_circle_member(public.gathering_circle(gathering_id))));

create policy "Members take back their own answer"
  on public.gathering_rsvps for delete to authenticated
  using (user_id = (select auth.uid()));

create policy "People manage their own calendar feed"
  on public.calendar_feeds for all to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));
