-- Ids of one circle's messages grow in commit order, so a client that catches up with
-- "everything after id N" never misses a message committed later. public.chat_post_message
-- (the app's path) takes the circle's advisory lock before its insert draws an id; a
-- member inserting into public.chat_messages directly through the database API took no
-- lock: two writers could draw ids 10 and 11 and commit 11 first, and a reader who saw 11
-- then never asked for 10. Now a before-insert trigger takes the same lock
-- ('kring.chat:' || circle) on every insert and then draws the id again, under the lock
-- (the identity default was drawn before any trigger ran). The app's path already holds
-- the lock, so for it this only costs one more sequence value; ids have gaps, which
-- nothing relies on.
create function private.chat_message_in_commit_order() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  perform pg_advisory_xact_lock(hashtextextended('kring.chat:' || new.circle_id::text, 0));
  new.id := nextval(pg_get_serial_sequence('public.chat_messages', 'id'));
  return new;
end $$;
comment on function private.chat_message_in_commit_order() is
  'Before each chat message insert: takes the circle''s advisory lock and draws the id under it, so ids of one circle grow in commit order on every path.';
revoke execute on function private.chat_message_in_commit_order() from public, anon, authenticated;

create trigger chat_messages_in_commit_order before insert on public.chat_messages
  for each row execute function private.chat_message_in_commit_order();
