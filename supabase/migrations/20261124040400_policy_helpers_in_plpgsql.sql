-- The helpers that row-level security policies call were `language sql` functions.
-- Being security definer, PostgreSQL never inlines them, and before version 18 it plans
-- a non-inlined SQL function's query again on every call. plpgsql keeps the plan per
-- connection. Same bodies, same answers, same grants. A chat send (which checks two of
-- them) went from about 1.0 ms to 0.7 ms of server time (pgbench; BENCHMARKS.md, "Chat").

create or replace function public.has_role(wanted text) returns boolean
language plpgsql stable security definer set search_path = '' as $$
begin
  return exists (
    select 1 from public.profiles
    where id = (select auth.uid()) and wanted = any (roles)
  );
end;
$$;

create or replace function public.is_circle_member(circle uuid) returns boolean
language plpgsql stable security definer set search_path = '' as $$
begin
  return exists (
    select 1 from public.memberships
    where circle_id = circle and user_id = (select auth.uid())
  );
end;
$$;

create or replace function public.is_circle_host(circle uuid) returns boolean
language plpgsql stable security definer set search_path = '' as $$
begin
  return exists (
    select 1 from public.memberships
    where circle_id = circle and user_id = (select auth.uid()) and role = 'host'
  );
end;
$$;

create or replace function public.shares_circle_with(person uuid) returns boolean
language plpgsql stable security definer set search_path = '' as $$
begin
  return exists (
    select 1
    from public.memberships mine
    join public.memberships theirs on theirs.circle_id = mine.circle_id
    where mine.user_id = (select auth.uid()) and theirs.user_id = person
  );
end;
$$;

create or replace function public.can_chat_in_circle(circle uuid) returns boolean
language plpgsql stable security definer set search_path = '' as $$
begin
  return public.is_circle_member(circle) and exists (
    select 1 from public.circles c where c.id = circle and c.status in ('proposed', 'published')
  );
end;
$$;
