-- Circle chat: the messages members write to each other. A message is stored (through
-- row-level security) before the realtime server broadcasts it. Ids grow per circle in
-- commit order, so "everything after id N" never skips a message that commits late.

create table public.chat_messages (
  id bigint generated always as identity primary key,
  circle_id uuid not null references public.circles (id) on delete cascade,
  author_id uuid references public.profiles (id) on delete set null,
  -- Made by the sender's device: a retry after a dropped connection stores nothing twice.
  client_id uuid not null,
  body text not null check (char_length(body) <= 2000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  edited_at timestamptz,
  deleted_at timestamptz,
  hidden_at timestamptz,
  hidden_by uuid references public.profiles (id) on delete set null,
  hidden_reason text check (hidden_reason is null or char_length(hidden_reason) between 1 and 300),
  unique (author_id, client_id),
  -- A removed message keeps no text; a live one has some.
  check ((deleted_at is null and char_length(btrim(body)) >= 1) or (deleted_at is not null and body = '')),
  check ((hidden_at is null) = (hidden_reason is null))
);
comment on table public.chat_messages is 'A message in a circle''s chat; deleted by its author (text removed) or hidden by a host with a reason.';
create index chat_messages_circle_id_idx on public.chat_messages (circle_id, id);
create index chat_messages_circle_updated_idx on public.chat_messages (circle_id, updated_at);

-- Whether the signed-in person may write in a circle now: a member of a circle that is
-- not closed or archived.
create function public.can_chat_in_circle(circle uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select public.is_circle_member(circle) and exists (
    select 1 from public.circles c where c.id = circle and c.status in ('proposed', 'published')
  )
$$;
comment on function public.can_chat_in_circle(uuid) is 'True when the signed-in person is a member of the circle and it is still open.';

-- Policies say who may touch a row; this trigger says which columns: authors edit and
-- remove their own text, hosts only hide or unhide. Nobody moves a message or rewrites
-- who wrote it.
create function public.guard_chat_message_update() returns trigger
language plpgsql set search_path = '' as $$
declare
  me uuid := (select auth.uid());
begin
  new.updated_at = now();
  if current_user not in ('anon', 'authenticated') then
    return new;
  end if;
  if new.id <> old.id or new.circle_id <> old.circle_id or new.author_id is distinct from old.author_id
     or new.client_id <> old.client_id or new.created_at <> old.created_at then
    raise exception 'a message stays where and by whom it was written' using errcode = '42501';
  end if;
  if (new.body is distinct from old.body or new.edited_at is distinct from old.edited_at
      or new.deleted_at is distinct from old.deleted_at)
     and (old.author_id is distinct from me or old.deleted_at is not null) then
    raise exception 'only the author changes a message' using errcode = '42501';
  end if;
  if (new.hidden_at is distinct from old.hidden_at or new.hidden_by is distinct from old.hidden_by
      or new.hidden_reason is distinct from old.hidden_reason)
     and (not public.is_circle_host(old.circle_id) or (new.hidden_at is not null and new.hidden_by is distinct from me)) then
    raise exception 'only a host hides a message, in their own name' using errcode = '42501';
  end if;
  return new;
end;
$$;

create trigger chat_messages_guard_update
  before update on public.chat_messages
  for each row execute function public.guard_chat_message_update();

alter table public.chat_messages enable row level security;

grant select, insert on public.chat_messages to authenticated;
grant update (body, edited_at, deleted_at, hidden_at, hidden_by, hidden_reason) on public.chat_messages to authenticated;
grant all on public.chat_messages to service_role;
grant execute on function public.can_chat_in_circle(uuid) to authenticated;

create policy "Members read their circle's chat"
  on public.chat_messages for select to authenticated
  using ((select public.is_circle_member(circle_id)));

create policy "Members write in their open circle's chat"
  on public.chat_messages for insert to authenticated
  with check (
    author_id = (select auth.uid())
    and (select public.can_chat_in_circle(circle_id))
    and deleted_at is null and hidden_at is null and edited_at is null
  );

create policy "Authors edit and remove their own messages"
  on public.chat_messages for update to authenticated
  using (author_id = (select auth.uid()) and (select public.is_circle_member(circle_id)))
  with check (author_id = (select auth.uid()) and (select public.is_circle_member(circle_id)));

create policy "Hosts hide messages in their circle"
  on public.chat_messages for update to authenticated
  using ((select public.is_circle_host(circle_id)))
  with check ((select public.is_circle_host(circle_id)));
