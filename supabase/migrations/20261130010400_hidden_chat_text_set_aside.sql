-- A hidden chat message keeps no text in the chat table, which every member reads: the
-- text moves to private.hidden_chat_texts, which no request role can read, and comes back
-- if a host shows the message again. Removing a message (its author, or erasure) removes
-- the set-aside text too. A report still copies the text for the moderation queue.

create table private.hidden_chat_texts (
  message_id bigint primary key references public.chat_messages (id) on delete cascade,
  body text not null,
  hidden_at timestamptz not null default now()
);
comment on table private.hidden_chat_texts is 'The text of hidden chat messages, kept aside so members cannot read it; restored when a host shows the message again.';
alter table private.hidden_chat_texts enable row level security;
revoke all on private.hidden_chat_texts from public, anon, authenticated;
-- No policies on purpose: only the security-definer trigger below reads and writes it.

-- Messages hidden before this migration.
insert into private.hidden_chat_texts (message_id, body, hidden_at)
select id, body, hidden_at from public.chat_messages
where hidden_at is not null and deleted_at is null and body <> '';

-- The live-text rule now also covers hidden messages: they keep no text.
do $$
declare
  con text;
begin
  select conname into con from pg_constraint
  where conrelid = 'public.chat_messages'::regclass and contype = 'c'
    and pg_get_constraintdef(oid) like '%btrim(body)%';
  execute format('alter table public.chat_messages drop constraint %I', con);
end $$;
update public.chat_messages set body = '' where hidden_at is not null and body <> '';
alter table public.chat_messages add constraint chat_messages_text_check check (
  (deleted_at is null and hidden_at is null and char_length(btrim(body)) >= 1)
  or ((deleted_at is not null or hidden_at is not null) and body = '')
);

-- Runs after chat_messages_guard_update (triggers fire in name order), which decides who
-- may change what; this only moves the text.
create function private.set_hidden_chat_text_aside() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.deleted_at is not null then
    delete from private.hidden_chat_texts where message_id = old.id;
    return new;
  end if;
  if new.hidden_at is not null and old.hidden_at is null then
    insert into private.hidden_chat_texts (message_id, body) values (old.id, new.body)
    on conflict (message_id) do update set body = excluded.body, hidden_at = now();
    new.body := '';
  elsif new.hidden_at is null and old.hidden_at is not null then
    new.body := coalesce((select h.body from private.hidden_chat_texts h where h.message_id = old.id), new.body);
    delete from private.hidden_chat_texts where message_id = old.id;
  elsif new.hidden_at is not null and new.body is distinct from old.body then
    raise exception 'a hidden message cannot be edited' using errcode = '42501';
  end if;
  return new;
end;
$$;
comment on function private.set_hidden_chat_text_aside() is 'Before a chat message changes: its text moves aside when hidden, comes back when shown again, and goes when removed.';
revoke execute on function private.set_hidden_chat_text_aside() from public, anon, authenticated;

create trigger chat_messages_hidden_text_aside
  before update on public.chat_messages
  for each row execute function private.set_hidden_chat_text_aside();

-- A report copies the text, also of a message hidden already.
create or replace function public.fill_message_report() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  msg public.chat_messages;
begin
  select * into msg from public.chat_messages where id = new.message_id;
  if not found then
    raise exception 'no such message' using errcode = 'P0002';
  end if;
  new.circle_id = msg.circle_id;
  new.message_body = coalesce(
    nullif(msg.body, ''),
    (select h.body from private.hidden_chat_texts h where h.message_id = msg.id),
    ''
  );
  new.message_author_id = msg.author_id;
  new.status = 'open';
  new.resolved_by = null;
  new.resolved_at = null;
  return new;
end;
$$;
