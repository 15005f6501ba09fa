-- Web Push (issue 13, point 11): a notification for someone with a push device that wants
-- its kind is queued here (by a trigger, so every way of notifying counts); the app's job
-- takes the queue and sends a short push message that never carries what someone wrote.
-- Only the group of the kind is kept, not the notification's payload.

-- The group a notification kind belongs to (the choices on the push settings page).
create function private.push_group(kind text) returns text
language sql immutable set search_path = '' as $$
  select case
    when kind like 'gathering%' then 'gatherings'
    when kind like 'volunteer%' then 'volunteers'
    when kind like 'crisis%' then 'help'
    else 'circles'
  end
$$;
comment on function private.push_group(text) is 'The push settings group of a notification kind: circles, gatherings, volunteers or help.';

create table private.push_outbox (
  id bigint generated always as identity primary key,
  user_id uuid not null references public.profiles (id) on delete cascade,
  push_group text not null check (push_group in ('circles', 'gatherings', 'volunteers', 'help')),
  created_at timestamptz not null default now()
);
comment on table private.push_outbox is 'Push messages waiting to be sent: who and which group, nothing of the notification itself.';
create index push_outbox_user_idx on private.push_outbox (user_id);

alter table private.push_outbox enable row level security;
revoke all on private.push_outbox from public, anon, authenticated;
grant all on private.push_outbox to service_role;

create function private.queue_push() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if exists (
    select 1 from public.push_subscriptions s
    where s.user_id = new.user_id and private.push_group(new.kind) = any (s.kinds)
  ) then
    insert into private.push_outbox (user_id, push_group)
    values (new.user_id, private.push_group(new.kind));
  end if;
  return new;
end $$;
comment on function private.queue_push() is 'Queues a push message for a new notification when the person has a device that wants its kind.';
revoke execute on function private.queue_push() from public, anon, authenticated;

create trigger notifications_queue_push after insert on public.notifications
  for each row execute function private.queue_push();
