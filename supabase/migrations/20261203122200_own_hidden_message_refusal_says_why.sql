-- A writer who tries to show their own hidden message again was refused with "only a host
-- hides a message, in their own name" (20261203121900), which is not why: now the refusal
-- says that a hidden message of one's own stays hidden and the area's worker decides.
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
     and (not private.is_circle_host(old.circle_id) or (new.hidden_at is not null and new.hidden_by is distinct from me)) then
    raise exception 'only a host hides a message, in their own name' using errcode = '42501';
  end if;
  -- A hidden message of one's own stays hidden: the area's worker or an admin decides.
  if old.hidden_at is not null and new.hidden_at is null and old.author_id is not distinct from me then
    raise exception 'a hidden message of your own stays hidden: the area''s worker decides' using errcode = '42501';
  end if;
  return new;
end;
$$;
