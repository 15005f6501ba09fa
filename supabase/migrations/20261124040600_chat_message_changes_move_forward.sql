-- A changed message gets a change time later than its last one. `now()` is when the
-- transaction started, so of two edits racing on one message the one that commits last
-- could carry the earlier time; browsers keep the newer-looking version, which was then
-- the older text. The time of the change itself (`clock_timestamp()`), and never before
-- the row's previous change time, keeps the last write the newest. Same body otherwise.

create or replace function public.guard_chat_message_update() returns trigger
language plpgsql set search_path = '' as $$
declare
  me uuid := (select auth.uid());
begin
  new.updated_at = greatest(clock_timestamp(), old.updated_at + interval '1 microsecond');
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
comment on function public.guard_chat_message_update() is 'Before a chat message changes: moves updated_at forward (time of the change, after the previous one) and lets authors change only their own text and hosts only hide.';
