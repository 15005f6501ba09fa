-- A resident's question (hulpvraag) in their own words. The resident owns it: only they
-- read or change it. Matching and proposals (later) read it through the service path,
-- and only when the resident consented.

create table public.questions (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  body text not null check (char_length(trim(body)) between 10 and 2000),
  theme_slugs text[] not null default '{}' check (cardinality(theme_slugs) <= 5),
  neighbourhood_id uuid references public.neighbourhoods (id) on delete set null,
  preferred_format text not null default 'either' check (preferred_format in ('in_person', 'online', 'either')),
  preferred_times text[] not null default '{}' check (preferred_times <@ array['morning', 'afternoon', 'evening', 'weekend']),
  languages text[] not null default '{nl}',
  visible_anonymously boolean not null default false,
  consent_to_contact boolean not null default false,
  status text not null default 'open' check (status in ('open', 'paused', 'closed')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.questions is 'A resident''s question in their own words, with the preferences used to find fitting circles.';
create index questions_user_idx on public.questions (user_id);
create index questions_open_idx on public.questions (neighbourhood_id) where status = 'open';
create index questions_themes_idx on public.questions using gin (theme_slugs);

create trigger questions_check_themes
  before insert or update of theme_slugs on public.questions
  for each row execute function public.check_circle_themes();

create trigger questions_touch_updated_at
  before update on public.questions
  for each row execute function public.touch_updated_at();

alter table public.questions enable row level security;

grant select, insert, update, delete on public.questions to authenticated;
grant all on public.questions to service_role;

create policy "Residents read their own questions"
  on public.questions for select to authenticated
  using (user_id = (select auth.uid()));

create policy "Residents ask questions"
  on public.questions for insert to authenticated
  with check (user_id = (select auth.uid()));

create policy "Residents change their own questions"
  on public.questions for update to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));

create policy "Residents remove their own questions"
  on public.questions for delete to authenticated
  using (user_id = (select auth.uid()));
