-- Posting a chat message in one statement (one round trip to the database, committed on
-- its own), for the realtime server's send path. It does what withUser() and the send did
-- in four statements: take on the sender's claims and the role `authenticated` for the
-- rest of the transaction, so auth.uid() and every row-level security policy apply to the
-- insert and the read-back exactly as before; take the circle's advisory lock, so ids grow
-- in commit order; insert (a retried client id stores nothing twice); return the stored
-- row. Only the server's own database role may call it: whoever can run it chooses whose
-- claims it takes on, so anon and authenticated (and PostgREST callers) cannot.

create function public.chat_post_message(claims text, circle uuid, client uuid, message_body text)
returns table (
  id bigint,
  circle_id uuid,
  client_id uuid,
  author_id uuid,
  author_name text,
  body text,
  created_at timestamptz,
  updated_at timestamptz,
  edited_at timestamptz,
  deleted_at timestamptz,
  hidden_at timestamptz,
  hidden_reason text,
  created boolean
)
language plpgsql security invoker set search_path = '' as $$
declare
  new_id bigint;
begin
  -- Local to the transaction, as withUser() sets them; the statements below are planned
  -- after this, so row-level security applies to them as the sender.
  perform set_config('request.jwt.claims', claims, true), set_config('role', 'authenticated', true);
  perform pg_advisory_xact_lock(hashtextextended('kring.chat:' || circle::text, 0));
  insert into public.chat_messages as m (circle_id, author_id, client_id, body)
  values (circle, (select auth.uid()), client, message_body)
  on conflict on constraint chat_messages_author_id_client_id_key do nothing
  returning m.id into new_id;
  return query
    select m.id, m.circle_id, m.client_id, m.author_id,
      (select coalesce(p.pseudonym, p.display_name) from public.profiles p where p.id = m.author_id),
      m.body, m.created_at, m.updated_at, m.edited_at, m.deleted_at, m.hidden_at, m.hidden_reason,
      new_id is not null
    from public.chat_messages m
    where case when new_id is not null then m.id = new_id
      else m.author_id = (select auth.uid()) and m.client_id = client end;
end;
$$;
comment on function public.chat_post_message(text, uuid, uuid, text) is 'Stores a chat message as the person in `claims` (role authenticated, row-level security applies) under the circle''s advisory lock, and returns it; for the realtime server only.';
revoke execute on function public.chat_post_message(text, uuid, uuid, text) from public, anon, authenticated;
grant execute on function public.chat_post_message(text, uuid, uuid, text) to service_role;
