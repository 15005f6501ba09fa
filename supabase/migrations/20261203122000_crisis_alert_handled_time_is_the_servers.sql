-- When a crisis alert was handled is the server's time. Since 20261203120600 handled_at
-- and handled_by are set together in the caller's name, but handled_at itself was any time
-- the recipient wrote through the database API: an alert that waited all night could be
-- marked handled "ten minutes after it came in", or in the future (the other recipients'
-- lists and the audit then carry the made-up time). The app writes now(); a before-update
-- trigger now puts the server's time in whenever handled_at is set or changed, on every
-- path, so what the recipient writes there does not count.
create function private.crisis_alert_handled_now() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.handled_at is not null and new.handled_at is distinct from old.handled_at then
    new.handled_at := now();
  end if;
  return new;
end $$;
comment on function private.crisis_alert_handled_now() is
  'Before an update of a crisis alert: a handled time that is set or changed becomes the server''s time.';
revoke execute on function private.crisis_alert_handled_now() from public, anon, authenticated;

create trigger crisis_alerts_handled_now before update of handled_at on public.crisis_alerts
  for each row execute function private.crisis_alert_handled_now();
