-- Help requests (hulpvragen aan vrijwilligers): from a resident for themselves, or from a
-- circle's host for the circle. Private: the resident (or the circle's hosts), workers of
-- the request's neighbourhood, and a volunteer only while it is proposed to or accepted by
-- them (that policy is added with volunteer_matches).

create table public.help_requests (
  id uuid primary key default gen_random_uuid(),
  requester_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  circle_id uuid references public.circles (id) on delete cascade,
  skill_slug text not null references public.volunteer_skills (slug),
  theme_slug text references public.themes (slug),
  body text not null default '' check (char_length(body) <= 1000),
  neighbourhood_id uuid references public.neighbourhoods (id) on delete set null,
  online boolean not null default false,
  time_slots text[] not null check (private.volunteers_valid_slots(time_slots)),
  one_off_date date,
  starts_on date not null default current_date,
  ends_on date,
  hours numeric(4, 1) not null check (hours > 0 and hours <= 40 and hours * 2 = floor(hours * 2)),
  urgency text not null default 'normal' check (urgency in ('low', 'normal', 'high')),
  involves_children boolean not null default false,
  home_visit boolean not null default false,
  languages text[] not null default '{nl}' check (cardinality(languages) >= 1),
  status text not null default 'open' check (status in ('open', 'paused', 'matched', 'collective', 'closed')),
  close_reason text check (close_reason in ('helped', 'no_longer_needed')),
  collective_id uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (online or neighbourhood_id is not null),
  check (ends_on is null or ends_on >= starts_on),
  check ((status = 'closed') = (close_reason is not null))
);
comment on table public.help_requests is 'A request for a volunteer''s help from a resident or for a circle; the requester owns it.';
create index help_requests_requester_idx on public.help_requests (requester_id);
create index help_requests_open_idx on public.help_requests (skill_slug, neighbourhood_id) where status = 'open';
create index help_requests_circle_idx on public.help_requests (circle_id) where circle_id is not null;

create trigger help_requests_touch_updated_at
  before update on public.help_requests
  for each row execute function public.touch_updated_at();

-- The requester sets open, paused or closed; matched and collective come from the rule
-- functions (security definer, run as the owner). A request that is not open is not
-- proposed to anyone.
create function private.volunteers_guard_request() returns trigger
language plpgsql set search_path = '' as $$
begin
  if current_user in ('anon', 'authenticated') then
    if new.status in ('matched', 'collective')
       and (tg_op = 'INSERT' or new.status is distinct from old.status) then
      raise exception 'volunteers_status_not_allowed' using errcode = '42501';
    end if;
    if tg_op = 'UPDATE' and new.requester_id is distinct from old.requester_id then
      raise exception 'volunteers_status_not_allowed' using errcode = '42501';
    end if;
  end if;
  if new.theme_slug is not null and new.skill_slug <> 'experience-expert' then
    new.theme_slug = null;
  end if;
  if new.skill_slug = 'experience-expert' and new.theme_slug is null then
    raise exception 'volunteers_theme_required' using errcode = '23514';
  end if;
  return new;
end;
$$;

create trigger help_requests_guard
  before insert or update on public.help_requests
  for each row execute function private.volunteers_guard_request();

alter table public.help_requests enable row level security;

grant select, delete on public.help_requests to authenticated;
grant insert (requester_id, circle_id, skill_slug, theme_slug, body, neighbourhood_id, online, time_slots, one_off_date, starts_on, ends_on, hours, urgency, involves_children, home_visit, languages)
  on public.help_requests to authenticated;
grant update (skill_slug, theme_slug, body, neighbourhood_id, online, time_slots, one_off_date, starts_on, ends_on, hours, urgency, involves_children, home_visit, languages, status, close_reason)
  on public.help_requests to authenticated;
grant all on public.help_requests to service_role;

create policy "Residents read their own requests"
  on public.help_requests for select to authenticated
  using (requester_id = (select auth.uid()));

create policy "Hosts read their circle's requests"
  on public.help_requests for select to authenticated
  using (circle_id is not null and (select private.volunteers_hosts_circle(circle_id)));

create policy "Workers read the requests of their neighbourhood"
  on public.help_requests for select to authenticated
  using (neighbourhood_id is not null and (select private.volunteers_is_worker_for(neighbourhood_id)));

create policy "Residents and hosts ask for help"
  on public.help_requests for insert to authenticated
  with check (
    requester_id = (select auth.uid())
    and (circle_id is null or (select private.volunteers_hosts_circle(circle_id)))
  );

create policy "Requesters change their own requests"
  on public.help_requests for update to authenticated
  using (requester_id = (select auth.uid()) or (circle_id is not null and (select private.volunteers_hosts_circle(circle_id))))
  with check (requester_id = (select auth.uid()) or (circle_id is not null and (select private.volunteers_hosts_circle(circle_id))));

create policy "Requesters remove their own requests"
  on public.help_requests for delete to authenticated
  using (requester_id = (select auth.uid()));
