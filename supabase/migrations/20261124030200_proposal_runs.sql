-- Runs of the proposals job (on a schedule or from a worker's button): when, how far, what
-- came out. Workers read them to follow progress; only the job (service path) writes.

create table public.proposal_runs (
  id uuid primary key default gen_random_uuid(),
  trigger text not null check (trigger in ('schedule', 'worker', 'test', 'bench')),
  requested_by uuid references public.profiles (id) on delete set null,
  status text not null default 'running' check (status in ('running', 'done', 'failed')),
  progress int not null default 0 check (progress between 0 and 100),
  step text not null default '',
  questions_considered int not null default 0,
  proposals_created int not null default 0,
  proposals_updated int not null default 0,
  proposals_closed int not null default 0,
  started_at timestamptz not null default now(),
  finished_at timestamptz
);
comment on table public.proposal_runs is 'One run of the proposals job, with its progress and outcome.';
create index proposal_runs_started_idx on public.proposal_runs (started_at desc);

alter table public.proposal_runs enable row level security;

grant select on public.proposal_runs to authenticated;
grant all on public.proposal_runs to service_role;

create policy "Workers and admins follow proposal runs"
  on public.proposal_runs for select to authenticated
  using ((select public.has_role('worker')) or (select public.has_role('admin')));
