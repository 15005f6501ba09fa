-- Proposals for new circles: groups of open questions (owners consented) that share a need
-- no circle with open seats serves yet. A proposal says what the group has in common and
-- how many people are in it, never who. The proposals job writes them (service path);
-- neighbourhood workers and admins read them and seed circles from them.

create table public.circle_proposals (
  id uuid primary key default gen_random_uuid(),
  group_key text not null check (char_length(group_key) between 3 and 200),
  theme_slugs text[] not null check (cardinality(theme_slugs) between 1 and 5),
  anchor_neighbourhood_id uuid not null references public.neighbourhoods (id) on delete cascade,
  neighbourhood_ids uuid[] not null default '{}',
  frequent_words text[] not null default '{}' check (cardinality(frequent_words) <= 12),
  size int not null check (size >= 1),
  best_times text[] not null default '{}' check (best_times <@ array['morning', 'afternoon', 'evening', 'weekend']),
  best_format text not null default 'either' check (best_format in ('in_person', 'online', 'either')),
  languages text[] not null default '{nl}',
  oldest_question_at timestamptz not null default now(),
  status text not null default 'open' check (status in ('open', 'seeded', 'dismissed')),
  circle_id uuid references public.circles (id) on delete set null,
  seeded_by uuid references public.profiles (id) on delete set null,
  seeded_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.circle_proposals is 'A proposed new circle: what a group of unmatched, consenting questions has in common, and how many; never who.';
-- One open proposal per need and place: the job updates it instead of adding a second.
create unique index circle_proposals_open_key_idx on public.circle_proposals (group_key) where status = 'open';
create index circle_proposals_anchor_idx on public.circle_proposals (anchor_neighbourhood_id, status);

create trigger circle_proposals_touch_updated_at
  before update on public.circle_proposals
  for each row execute function public.touch_updated_at();

create table public.circle_proposal_questions (
  proposal_id uuid not null references public.circle_proposals (id) on delete cascade,
  question_id uuid not null references public.questions (id) on delete cascade,
  primary key (proposal_id, question_id)
);
comment on table public.circle_proposal_questions is 'Which questions are behind a proposal; only their owners see their own rows.';
create index circle_proposal_questions_question_idx on public.circle_proposal_questions (question_id);

alter table public.circle_proposals enable row level security;
alter table public.circle_proposal_questions enable row level security;

grant select on public.circle_proposals to authenticated;
-- Workers may set a proposal aside (dismiss) or bring it back; seeding goes through
-- public.seed_circle_from_proposal().
grant update (status) on public.circle_proposals to authenticated;
grant select on public.circle_proposal_questions to authenticated;
grant all on public.circle_proposals, public.circle_proposal_questions to service_role;

create policy "Workers and admins read proposals"
  on public.circle_proposals for select to authenticated
  using ((select public.has_role('worker')) or (select public.has_role('admin')));

create policy "Workers and admins set proposals aside"
  on public.circle_proposals for update to authenticated
  using (
    status in ('open', 'dismissed')
    and ((select public.has_role('worker')) or (select public.has_role('admin')))
  )
  with check (
    status in ('open', 'dismissed')
    and ((select public.has_role('worker')) or (select public.has_role('admin')))
  );

create policy "Residents see which proposals their own questions are in"
  on public.circle_proposal_questions for select to authenticated
  using (exists (
    select 1 from public.questions q
    where q.id = question_id and q.user_id = (select auth.uid())
  ));
