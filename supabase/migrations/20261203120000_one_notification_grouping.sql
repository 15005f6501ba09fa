-- One grouping of notification kinds for the notification settings and for push messages.
-- Until now the settings grouped kinds with private.notification_group (circles, gatherings,
-- moderation, volunteers, other, and safety that is never held) and push messages with
-- private.push_group (circles, gatherings, volunteers, help), so a reported message or a
-- report's outcome was "moderation" or "other" on one page and "circles" on the other.
-- From here private.notification_group is the only place that says which group a kind is in;
-- the push queue uses it too, and a device chooses from the same groups as the settings:
-- circles, gatherings, moderation, volunteers, other and safety. The daily digest (its own
-- group, 'digest') is pushed to a device that wants any group at all.

comment on function private.notification_group(text) is 'The one group a notification kind belongs to, for the notification settings and for push messages: circles, gatherings, moderation, volunteers, other, safety (never held or turned off), or digest (the daily digest itself).';

-- Devices keep what they got: 'help' is now called 'safety', and a device that wanted
-- 'circles' got reported messages and the other kinds with it, so it keeps getting them.
alter table public.push_subscriptions drop constraint push_subscriptions_kinds_check;
update public.push_subscriptions
set kinds = array(
  select g from unnest(array['circles', 'gatherings', 'moderation', 'volunteers', 'other', 'safety']) as g
  where g = any (kinds)
     or (g = 'safety' and 'help' = any (kinds))
     or (g in ('moderation', 'other') and 'circles' = any (kinds))
);
alter table public.push_subscriptions
  alter column kinds set default array['circles', 'gatherings', 'moderation', 'volunteers', 'other', 'safety'],
  add constraint push_subscriptions_kinds_check
    check (kinds <@ array['circles', 'gatherings', 'moderation', 'volunteers', 'other', 'safety']);

alter table private.push_outbox drop constraint push_outbox_push_group_check;
update private.push_outbox set push_group = 'safety' where push_group = 'help';
alter table private.push_outbox add constraint push_outbox_push_group_check
  check (push_group in ('circles', 'gatherings', 'moderation', 'volunteers', 'other', 'safety', 'digest'));

create or replace function private.queue_push() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  grp text := private.notification_group(new.kind);
begin
  if not new.held_for_digest and exists (
    select 1 from public.push_subscriptions s
    where s.user_id = new.user_id
      and (grp = any (s.kinds) or (grp = 'digest' and cardinality(s.kinds) > 0))
  ) then
    insert into private.push_outbox (user_id, push_group) values (new.user_id, grp);
  end if;
  return new;
end $$;
comment on function private.queue_push() is 'Queues a push message for a new notification when the person has a device that wants its group (private.notification_group), unless it waits for their daily digest.';
revoke execute on function private.queue_push() from public, anon, authenticated;

drop function private.push_group(text);
