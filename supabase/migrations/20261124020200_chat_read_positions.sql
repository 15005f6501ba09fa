-- How far each member has read in a circle's chat, for unread counts in the navigation.

create table public.chat_read_positions (
  circle_id uuid not null references public.circles (id) on delete cascade,
  user_id uuid not null references public.profiles (id) on delete cascade,
  last_read_id bigint not null default 0 check (last_read_id >= 0),
  updated_at timestamptz not null default now(),
  primary key (circle_id, user_id)
);
comment on table public.chat_read_positions is 'The last chat message a member has seen in a circle; private to that member.';
create index chat_read_positions_user_idx on public.chat_read_positions (user_id);

-- Unread messages per circle of the signed-in person (security invoker: the policies on
-- memberships, messages and read positions decide what is counted).
create function public.chat_unread_counts()
returns table (circle_id uuid, unread int)
language sql stable set search_path = '' as $$
  select m.circle_id,
         (select count(*)::int from (
            select 1 from public.chat_messages cm
            where cm.circle_id = m.circle_id
              and cm.id > coalesce(r.last_read_id, 0)
              and cm.author_id is distinct from (select auth.uid())
              and cm.deleted_at is null and cm.hidden_at is null
            limit 100) capped) as unread
  from public.memberships m
  left join public.chat_read_positions r on r.circle_id = m.circle_id and r.user_id = m.user_id
  where m.user_id = (select auth.uid())
$$;
comment on function public.chat_unread_counts() is 'Unread chat messages (at most 100) per circle for the signed-in person.';

alter table public.chat_read_positions enable row level security;

grant select, insert, update on public.chat_read_positions to authenticated;
grant all on public.chat_read_positions to service_role;
grant execute on function public.chat_unread_counts() to authenticated;

create policy "People read their own read positions"
  on public.chat_read_positions for select to authenticated
  using (user_id = (select auth.uid()));

create policy "Members record how far they read"
  on public.chat_read_positions for insert to authenticated
  with check (user_id = (select auth.uid()) and (select public.is_circle_member(circle_id)));

create policy "Members move their own read position"
  on public.chat_read_positions for update to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()) and (select public.is_circle_member(circle_id)));
