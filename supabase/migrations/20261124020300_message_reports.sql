-- Reports of chat messages: the moderation queue. The reporter's words and a copy of the
-- message as it was when reported, so moderators need no access to the chat itself.

create table public.message_reports (
  id uuid primary key default gen_random_uuid(),
  message_id bigint references public.chat_messages (id) on delete set null,
  circle_id uuid not null references public.circles (id) on delete cascade,
  reporter_id uuid references public.profiles (id) on delete set null default auth.uid(),
  reason text not null check (char_length(btrim(reason)) between 1 and 500),
  message_body text not null default '',
  message_author_id uuid references public.profiles (id) on delete set null,
  status text not null default 'open' check (status in ('open', 'resolved', 'dismissed')),
  created_at timestamptz not null default now(),
  resolved_by uuid references public.profiles (id) on delete set null,
  resolved_at timestamptz
);
comment on table public.message_reports is 'A member''s report of a chat message: the moderation queue for hosts, neighbourhood workers and admins.';
create index message_reports_circle_idx on public.message_reports (circle_id, status);
create unique index message_reports_once_idx on public.message_reports (message_id, reporter_id)
  where message_id is not null;

-- The copy of the message is taken from the message itself, never from the reporter.
-- Security definer: a message hidden from view still gets its text copied for moderators.
create function public.fill_message_report() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  msg public.chat_messages;
begin
  select * into msg from public.chat_messages where id = new.message_id;
  if not found then
    raise exception 'no such message' using errcode = 'P0002';
  end if;
  new.circle_id = msg.circle_id;
  new.message_body = msg.body;
  new.message_author_id = msg.author_id;
  new.status = 'open';
  new.resolved_by = null;
  new.resolved_at = null;
  return new;
end;
$$;

create trigger message_reports_fill
  before insert on public.message_reports
  for each row execute function public.fill_message_report();

alter table public.message_reports enable row level security;

grant select, insert on public.message_reports to authenticated;
grant update (status, resolved_by, resolved_at) on public.message_reports to authenticated;
grant all on public.message_reports to service_role;

create policy "Members report messages in their circle"
  on public.message_reports for insert to authenticated
  with check (
    reporter_id = (select auth.uid())
    and exists (
      select 1 from public.chat_messages cm
      where cm.id = message_id and (select public.is_circle_member(cm.circle_id))
    )
  );

create policy "Reporters read their own reports"
  on public.message_reports for select to authenticated
  using (reporter_id = (select auth.uid()));

create policy "Hosts, workers and admins read the queue"
  on public.message_reports for select to authenticated
  using (
    (select public.is_circle_host(circle_id))
    or (select public.has_role('worker')) or (select public.has_role('admin'))
  );

create policy "Hosts, workers and admins handle reports"
  on public.message_reports for update to authenticated
  using (
    (select public.is_circle_host(circle_id))
    or (select public.has_role('worker')) or (select public.has_role('admin'))
  )
  with check (
    (select public.is_circle_host(circle_id))
    or (select public.has_role('worker')) or (select public.has_role('admin'))
  );
