-- Notifications without overload (issue 12 point 8): per kind of notification and per
-- circle, a person chooses "immediately" (the default), "once a day in a digest" or "off".
-- Every notification of every feature goes through public.notifications, so one trigger
-- applies the settings to all of them, the earlier issues' included. Safety notifications
-- (crisis alerts and offers of contact) always come at once and cannot be turned off.
-- Held notifications wait for the daily digest job, which bundles them into one
-- notification (and one e-mail when SMTP is configured) and then shows them as read.

create table public.notification_settings (
  user_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  -- a group of kinds (private.notification_group), or 'all' for a circle-wide setting
  kind text not null check (kind in ('circles', 'gatherings', 'moderation', 'volunteers', 'other', 'all')),
  circle_id uuid references public.circles (id) on delete cascade,
  delivery text not null check (delivery in ('immediately', 'digest', 'off')),
  updated_at timestamptz not null default now(),
  check ((kind = 'all') = (circle_id is not null)),
  unique nulls not distinct (user_id, kind, circle_id)
);
comment on table public.notification_settings is 'How a person wants each kind of notification, and each circle''s: immediately, in a daily digest, or not at all.';

alter table public.notification_settings enable row level security;
grant select, insert, update, delete on public.notification_settings to authenticated;
grant all on public.notification_settings to service_role;

create policy "People read their own notification settings"
  on public.notification_settings for select to authenticated
  using (user_id = (select auth.uid()));
create policy "People add their own notification settings"
  on public.notification_settings for insert to authenticated
  with check (user_id = (select auth.uid()));
create policy "People change their own notification settings"
  on public.notification_settings for update to authenticated
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
create policy "People remove their own notification settings"
  on public.notification_settings for delete to authenticated
  using (user_id = (select auth.uid()));

alter table public.notifications
  add column held_for_digest boolean not null default false,
  add column digested_at timestamptz;
create index notifications_held_idx on public.notifications (user_id) where held_for_digest;

-- The group a kind belongs to; 'safety' is never held back.
create function private.notification_group(kind text) returns text
language sql immutable set search_path = '' as $$
  select case
    when kind like 'crisis%' then 'safety'
    when kind like 'gathering%' then 'gatherings'
    when kind like 'volunteer%' then 'volunteers'
    when kind = 'message_reported' then 'moderation'
    when kind = 'daily_digest' then 'digest'
    when kind like 'join_request%' or kind like 'circle%' or kind in
      ('waiting_list_moved_up', 'removed_from_circle', 'cohost_offer') then 'circles'
    else 'other'
  end
$$;

create function private.apply_notification_settings() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  grp text := private.notification_group(new.kind);
  by_kind text;
  by_circle text;
begin
  if grp in ('safety', 'digest') then
    return new;
  end if;
  select s.delivery into by_kind from public.notification_settings s
  where s.user_id = new.user_id and s.kind = grp and s.circle_id is null;
  -- a circle's notifications link into the circle
  select s.delivery into by_circle from public.notification_settings s
  join public.circles c on c.id = s.circle_id
  where s.user_id = new.user_id and s.kind = 'all'
    and (new.link = '/circles/' || c.slug or new.link like '/circles/' || c.slug || '/%'
      or new.link like '/circles/' || c.slug || '?%' or new.link like '/circles/' || c.slug || '#%')
  order by case s.delivery when 'off' then 0 when 'digest' then 1 else 2 end
  limit 1;
  -- the quieter of the two wins
  if 'off' in (by_kind, by_circle) then
    return null;
  end if;
  if 'digest' in (by_kind, by_circle) then
    new.held_for_digest := true;
  end if;
  return new;
end;
$$;

create trigger notifications_apply_settings
  before insert on public.notifications
  for each row execute function private.apply_notification_settings();
