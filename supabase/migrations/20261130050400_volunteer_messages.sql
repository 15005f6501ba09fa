-- A private two-person conversation per accepted one-to-one match: the volunteer and the
-- resident who asked. A circle's request uses the circle's own chat instead.

create table public.volunteer_messages (
  id uuid primary key default gen_random_uuid(),
  match_id uuid not null references public.volunteer_matches (id) on delete cascade,
  author_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  body text not null check (char_length(trim(body)) between 1 and 2000),
  created_at timestamptz not null default now()
);
comment on table public.volunteer_messages is 'Messages between a volunteer and the resident of an accepted match.';
create index volunteer_messages_match_idx on public.volunteer_messages (match_id, created_at);

-- Whether the signed-in person is one of the two people of an accepted match.
create function private.volunteers_in_conversation(match uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.volunteer_matches mt
    join public.help_requests r on r.id = mt.request_id
    where mt.id = match and mt.status = 'accepted'
      and ((select auth.uid()) in (mt.volunteer_id, r.requester_id))
  )
$$;
revoke execute on function private.volunteers_in_conversation(uuid) from public;
grant execute on function private.volunteers_in_conversation(uuid) to authenticated, service_role;

alter table public.volunteer_messages enable row level security;
grant select on public.volunteer_messages to authenticated;
grant insert (match_id, author_id, body) on public.volunteer_messages to authenticated;
grant all on public.volunteer_messages to service_role;

create policy "The two people of a match read their conversation"
  on public.volunteer_messages for select to authenticated
  using ((select private.volunteers_in_conversation(match_id)));

create policy "The two people of a match write in their conversation"
  on public.volunteer_messages for insert to authenticated
  with check (author_id = (select auth.uid()) and (select private.volunteers_in_conversation(match_id)));
