-- A member wrote chat messages through the database API with any id and any time:
-- `insert ... overriding system value` with an id of their choosing, and created_at /
-- updated_at of their choosing, because authenticated had insert on every column.
-- With an id the sequence has not reached yet, everyone's next message (in every circle,
-- the sequence is shared) fails on the primary key until the sequence passes it; with a
-- very large id, members catching up "after the last id" miss every later message; with
-- an old created_at, a message poses as written long ago. Only the four columns a message
-- is written with stay insertable (public.chat_post_message inserts exactly these); the
-- id, the times and the moderation columns are the database's.
revoke insert on public.chat_messages from authenticated;
grant insert (circle_id, author_id, client_id, body) on public.chat_messages to authenticated;
