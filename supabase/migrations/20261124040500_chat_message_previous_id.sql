-- A sent message now also says which message came before it in its circle
-- (`previous_id`, read under the circle's lock, so the chain follows commit order). A
-- client that receives a message whose predecessor it has not seen knows it missed one
-- (a broadcast lost between nodes, say) and catches up at once instead of at its next
-- reconnect. The return type changes, so the function is dropped and made again, with
-- the same body, comment and grants.

drop function public.chat_post_message(text, uuid, uuid, text);

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
  created boolean,
  previous_id bigint
)
language plpgsql security invoker set search_path = '' as $$
declare
  new_id bigint;
  is_new boolean;
begin
  perform set_config('request.jwt.claims', claims, true), set_config('role', 'authenticated', true);
  perform pg_advisory_xact_lock(hashtextextended('kring.chat:' || circle::text, 0));
  insert into public.chat_messages as m (circle_id, author_id, client_id, body)
  values (circle, (select auth.uid()), client, message_body)
  on conflict on constraint chat_messages_author_id_client_id_key do nothing
  returning m.id into new_id;
  is_new := new_id is not null;
  if not is_new then
    select m.id into new_id from public.chat_messages m
    where m.author_id = (select auth.uid()) and m.client_id = client;
  end if;
  return query
    select m.id, m.circle_id, m.client_id, m.author_id,
      (select coalesce(p.pseudonym, p.display_name) from public.profiles p where p.id = m.author_id),
      m.body, m.created_at, m.updated_at, m.edited_at, m.deleted_at, m.hidden_at, m.hidden_reason,
      is_new,
      (select max(before.id) from public.chat_messages before
       where before.circle_id = m.circle_id and before.id < m.id)
    from public.chat_messages m
    where m.id = new_id;
end;
$$;
comment on function public.chat_post_message(text, uuid, uuid, text) is 'Stores a chat message as the person in `claims` (role authenticated, row-level security applies) under the circle''s advisory lock, and returns it with the id of the message before it in the circle; for the realtime server only.';
revoke execute on function public.chat_post_message(text, uuid, uuid, text) from public, anon, authenticated;
grant execute on function public.chat_post_message(text, uuid, uuid, text) to service_role;
