-- The read-back in chat_post_message looked its row up with one `case` over two keys,
-- which no index can serve: every send scanned the whole chat table and ran the read
-- policy for each row, so sends got slower as chats grew. Each branch now reads by its
-- own key (the new id, or the author's client id on a retry). Same result, same grants.

create or replace function public.chat_post_message(claims text, circle uuid, client uuid, message_body text)
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
      is_new
    from public.chat_messages m
    where m.id = new_id;
end;
$$;
