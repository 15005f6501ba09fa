-- Issue 10, point 10: a resident could publish a circle without review by closing or
-- archiving it (closed and archived circles are listed, so its text showed to everyone
-- and entered the search vocabulary), and nothing limited how many circles one account
-- proposed. Now the database decides:
--  - only a neighbourhood worker or admin publishes (as before), and the database keeps
--    when a circle was first published (published_at; nobody can set it by hand);
--  - a circle that was never published and is closed or archived stays unlisted (it is
--    made private), so neither its page nor its words reach anyone outside it;
--  - a resident inserts circles as proposals only, at most 3 waiting at a time and 5 a day.

alter table public.circles add column published_at timestamptz;
comment on column public.circles.published_at is 'When a neighbourhood worker or admin first published this circle; null while it never was. Only the database sets it.';

-- Circles that are listed now were listed under the old rules; they keep their place.
update public.circles set published_at = created_at
where status in ('published', 'closed', 'archived') and published_at is null;

-- Runs as the caller (not security definer): current_user tells a request role
-- (anon, authenticated) from the service path, and RLS shows a person their own circles.
create function private.guard_circle_review() returns trigger
language plpgsql set search_path = '' as $$
declare
  request boolean := current_user in ('anon', 'authenticated');
  staff boolean := not request or exists (
    select 1 from public.profiles p
    where p.id = (select auth.uid()) and p.roles && array['worker', 'admin']
  );
  waiting int;
  today int;
begin
  if tg_op = 'INSERT' then
    if request then new.published_at := null; end if;
  elsif request then
    new.published_at := old.published_at;
  end if;

  if new.status = 'published' and (tg_op = 'INSERT' or old.status is distinct from 'published') then
    if not staff then
      raise exception 'publish_not_allowed' using errcode = '42501',
        detail = 'Only a neighbourhood worker or admin can publish a circle.';
    end if;
    new.published_at := coalesce(new.published_at, now());
  end if;

  if tg_op = 'INSERT' and not staff then
    if new.status <> 'proposed' then
      raise exception 'publish_not_allowed' using errcode = '42501',
        detail = 'A new circle starts as a proposal that a neighbourhood worker reviews.';
    end if;
    -- One person's proposals are counted one at a time, so parallel requests cannot slip past.
    perform pg_advisory_xact_lock(hashtextextended('kring.circle_proposals:' || new.created_by::text, 0));
    select count(*) filter (where c.status = 'proposed'),
           count(*) filter (where c.created_at > now() - interval '1 day')
      into waiting, today
    from public.circles c
    where c.created_by = new.created_by;
    if waiting >= 3 or today >= 5 then
      raise exception 'too_many_proposals' using errcode = 'P0001',
        detail = 'At most 3 proposals wait for review at a time, and at most 5 a day.';
    end if;
  end if;

  -- Never published: closing or archiving does not make it public.
  if new.published_at is null and new.status in ('closed', 'archived') then
    new.visibility := 'private';
  end if;
  return new;
end;
$$;
comment on function private.guard_circle_review() is 'Trigger: only workers and admins publish; a never-published circle stays unlisted; residents propose at most 3 waiting and 5 a day.';
revoke execute on function private.guard_circle_review() from public, anon, authenticated;

drop trigger if exists circles_guard_publication on public.circles;
drop function if exists public.guard_circle_publication();
drop function if exists private.guard_circle_publication();

create trigger circles_guard_review
  before insert or update on public.circles
  for each row execute function private.guard_circle_review();
