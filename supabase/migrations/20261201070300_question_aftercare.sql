-- Aftercare (issue 14 point 7): three months after a resident closes a question as helped,
-- one gentle check-in ("how are you doing?") with the option to reopen it or join a circle.
-- Questions say why and when they were closed; aftercare_check_ins remembers that the
-- check-in went out, so it goes out once per question, even after a reopen and a new close.

alter table public.questions
  add column closed_reason text check (closed_reason in ('helped', 'no_longer_needed', 'other')),
  add column closed_at timestamptz;
comment on column public.questions.closed_reason is 'Why the resident closed the question (helped, no longer needed, other); null while open.';
comment on column public.questions.closed_at is 'When the question was closed; set by the database, null while open.';

-- The moment of closing is the database's: nobody dates it back to get a check-in early.
create function private.question_closed_at() returns trigger
language plpgsql set search_path = '' as $$
begin
  if new.status = 'closed' then
    if tg_op = 'INSERT' or old.status is distinct from 'closed' then
      new.closed_at := now();
    elsif current_user in ('anon', 'authenticated') then
      new.closed_at := old.closed_at;
    end if;
  else
    new.closed_at := null;
    new.closed_reason := null;
  end if;
  return new;
end;
$$;
revoke execute on function private.question_closed_at() from public, anon, authenticated;

create trigger questions_closed_at
  before insert or update on public.questions
  for each row execute function private.question_closed_at();

create table public.aftercare_check_ins (
  question_id uuid primary key references public.questions (id) on delete cascade,
  sent_at timestamptz not null default now(),
  -- what the resident did with it: reopened the question, looked for a circle, or is fine
  response text check (response in ('reopened', 'circle', 'fine')),
  responded_at timestamptz
);
comment on table public.aftercare_check_ins is 'The one aftercare check-in sent for a question closed as helped, and what the resident did with it.';

alter table public.aftercare_check_ins enable row level security;
grant select on public.aftercare_check_ins to authenticated;
grant update (response, responded_at) on public.aftercare_check_ins to authenticated;
grant all on public.aftercare_check_ins to service_role;

create policy "Residents read the check-ins of their own questions"
  on public.aftercare_check_ins for select to authenticated
  using (exists (
    select 1 from public.questions q
    where q.id = question_id and q.user_id = (select auth.uid())
  ));

create policy "Residents answer the check-ins of their own questions"
  on public.aftercare_check_ins for update to authenticated
  using (exists (
    select 1 from public.questions q
    where q.id = question_id and q.user_id = (select auth.uid())
  ))
  with check (exists (
    select 1 from public.questions q
    where q.id = question_id and q.user_id = (select auth.uid())
  ));

-- The job (service path): every question closed as helped at least three months before
-- `at` that never had a check-in gets one, with one notification to its owner. Returns how
-- many were sent. Idempotent: the primary key stops a second check-in, also when two
-- processes run it at once.
create function private.send_aftercare_check_ins(at timestamptz, batch int default 500) returns int
language plpgsql security definer set search_path = '' as $$
declare
  sent int := 0;
  r record;
begin
  for r in
    select q.id, q.user_id from public.questions q
    where q.status = 'closed' and q.closed_reason = 'helped'
      and q.closed_at <= at - interval '3 months'
      and not exists (select 1 from public.aftercare_check_ins c where c.question_id = q.id)
    order by q.closed_at
    limit batch
  loop
    insert into public.aftercare_check_ins (question_id, sent_at) values (r.id, at)
    on conflict do nothing;
    if found then
      perform public.notify(r.user_id, 'aftercare_check_in',
        jsonb_build_object('question_id', r.id), '/questions/' || r.id || '#aftercare');
      sent := sent + 1;
    end if;
  end loop;
  return sent;
end;
$$;
comment on function private.send_aftercare_check_ins(timestamptz, int) is 'Sends the one aftercare check-in for questions closed as helped three months before `at` (service path only).';
revoke execute on function private.send_aftercare_check_ins(timestamptz, int) from public, anon, authenticated;
