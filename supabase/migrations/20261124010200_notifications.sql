-- In-app notifications: join requests and decisions, gatherings, reminders, invitations.
-- People read and mark their own; rows are written by security-definer functions and the
-- service path, never directly by another user.

create table public.notifications (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.profiles (id) on delete cascade,
  kind text not null check (kind ~ '^[a-z_]+$'),
  payload jsonb not null default '{}'::jsonb,
  link text check (link is null or link ~ '^/'),
  created_at timestamptz not null default now(),
  read_at timestamptz
);
comment on table public.notifications is 'Messages from Kring to one person (in-app), with a local link to act on them.';
create index notifications_user_idx on public.notifications (user_id, created_at desc);

-- The one way other features notify someone. Security definer: the sender cannot read
-- or otherwise touch the recipient's notifications.
create function public.notify(recipient uuid, kind text, payload jsonb default '{}'::jsonb, link text default null)
returns void
language sql security definer set search_path = '' as $$
  insert into public.notifications (user_id, kind, payload, link) values (recipient, kind, payload, link)
$$;
comment on function public.notify(uuid, text, jsonb, text) is 'Adds an in-app notification for someone; used by triggers and domain functions.';
revoke execute on function public.notify(uuid, text, jsonb, text) from public, anon, authenticated;

alter table public.notifications enable row level security;

grant select, delete on public.notifications to authenticated;
grant update (read_at) on public.notifications to authenticated;
grant all on public.notifications to service_role;

create policy "People read their own notifications"
  on public.notifications for select to authenticated
  using (user_id = (select auth.uid()));

create policy "People mark their own notifications read"
  on public.notifications for update to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));

create policy "People clear their own notifications"
  on public.notifications for delete to authenticated
  using (user_id = (select auth.uid()));
