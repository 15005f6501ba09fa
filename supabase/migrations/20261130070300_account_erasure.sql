-- Erasing one's own account: one transaction, only ever the caller's account.
-- First the circles that would be left without a host (an active circle where the
-- person is the only host and others are still members): the person hands over or
-- closes them first. Then, in order:
--   * their chat messages become tombstones (text emptied, author removed, marked
--     removed), so threads keep their order and show "message of a former member";
--   * copies of their messages in reports are emptied;
--   * circles where they are the only member left go (nobody else is in them);
--   * their name leaves other people's notifications; they leave the recipients of
--     crisis alerts;
--   * their sign-in codes and known browsers go (they hold the email address);
--   * the profile goes, and with it (on delete cascade) questions, memberships, join
--     requests and waiting-list places, RSVPs, invitations, notifications, read
--     positions and the calendar feed; references elsewhere become null;
--   * the auth.users row goes, and with it (cascade) every session. On Supabase the
--     function's owner (postgres) may delete from auth.users; that also ends the
--     person's Supabase sessions and refresh tokens.
--   * one row in private.account_erasures: a random id and the date.
-- In schema private: only Kring's server calls it, as the signed-in person, after the
-- person typed the confirmation word.

create function private.account_last_hosted_circles() returns table (slug text, name text)
language sql stable security definer set search_path = '' as $$
  select c.slug, c.name
  from public.circles c
  join public.memberships mine on mine.circle_id = c.id
    and mine.user_id = (select auth.uid()) and mine.role = 'host'
  where c.status in ('proposed', 'published')
    and not exists (
      select 1 from public.memberships o
      where o.circle_id = c.id and o.role = 'host' and o.user_id <> mine.user_id)
    and exists (
      select 1 from public.memberships o
      where o.circle_id = c.id and o.user_id <> mine.user_id)
  order by c.name
$$;
comment on function private.account_last_hosted_circles() is 'Active circles where the caller is the only host and others are members: hand over or close them before erasing the account.';
revoke execute on function private.account_last_hosted_circles() from public, anon;
grant execute on function private.account_last_hosted_circles() to authenticated;

create function private.erase_account() returns jsonb
language plpgsql security definer set search_path = '' as $$
declare
  me uuid := (select auth.uid());
  my_email text;
  my_names text[];
  blocking text;
  tombstones jsonb;
begin
  if me is null then
    raise exception 'not signed in' using errcode = '42501';
  end if;
  select string_agg(b.slug, ',') into blocking from private.account_last_hosted_circles() b;
  if blocking is not null then
    raise exception 'last_host' using errcode = 'P0001', detail = blocking;
  end if;
  select u.email into my_email from auth.users u where u.id = me;
  select array_remove(array[p.display_name, p.pseudonym,
           split_part(coalesce(nullif(trim(p.pseudonym), ''), p.display_name), ' ', 1)], null)
  into my_names from public.profiles p where p.id = me;

  -- Tombstones: the row (and its place in the thread) stays, nothing of the person.
  with changed as (
    update public.chat_messages
    set body = '', deleted_at = coalesce(deleted_at, now()), edited_at = null, author_id = null,
        hidden_at = null, hidden_by = null, hidden_reason = null
    where author_id = me
    returning id, circle_id, client_id, created_at, updated_at
  )
  select coalesce(jsonb_agg(jsonb_build_object('id', id, 'circle_id', circle_id,
    'client_id', client_id, 'created_at', created_at, 'updated_at', updated_at) order by id), '[]')
  into tombstones from changed;

  update public.message_reports set message_body = '', message_author_id = null
  where message_author_id = me;

  -- Circles nobody else is in.
  delete from public.circles c
  where exists (select 1 from public.memberships m where m.circle_id = c.id and m.user_id = me)
    and not exists (select 1 from public.memberships m where m.circle_id = c.id and m.user_id <> me);

  -- Other people's notifications that carry the person's name (e.g. a volunteer's first
  -- name, the name of whoever offered contact) keep the notice, not the name.
  update public.notifications set payload = payload || jsonb_build_object('name', '')
  where user_id <> me and payload ? 'name' and payload ->> 'name' = any (my_names);

  -- Crisis alerts the person was told about: they leave the list of who was told; an
  -- alert only they were told about can be read by nobody any more, so it goes.
  -- (Dynamic SQL: crisis alerts come from another part of Kring; without them, skip.)
  if to_regclass('public.crisis_alerts') is not null then
    execute 'delete from public.crisis_alerts where recipient_ids = array[$1]' using me;
    execute 'update public.crisis_alerts set recipient_ids = array_remove(recipient_ids, $1)
             where $1 = any (recipient_ids)' using me;
  end if;

  if my_email is not null then
    delete from kring_auth.one_time_codes where lower(email) = lower(my_email);
    delete from kring_auth.known_devices where lower(email) = lower(my_email);
  end if;
  -- Waiting-list places first: nobody moves up into a seat of a person being erased.
  delete from public.join_requests where user_id = me;
  delete from public.profiles where id = me;
  delete from auth.users where id = me;

  insert into private.account_erasures default values;
  return jsonb_build_object('tombstones', tombstones);
end;
$$;
comment on function private.erase_account() is 'Erases the caller''s account in one transaction (messages become tombstones); refuses while they are the last host of an active circle.';
revoke execute on function private.erase_account() from public, anon;
grant execute on function private.erase_account() to authenticated;
