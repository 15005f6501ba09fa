-- Reference data every other table points at: where (neighbourhoods) and what (themes).

create table public.neighbourhoods (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name text not null check (char_length(name) between 1 and 120),
  municipality text not null,
  latitude double precision not null check (latitude between -90 and 90),
  longitude double precision not null check (longitude between -180 and 180),
  created_at timestamptz not null default now()
);
comment on table public.neighbourhoods is 'A neighbourhood (wijk, buurt) of at most about 25,000 residents.';

create table public.themes (
  slug text primary key check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  label_nl text not null,
  label_en text not null,
  description_nl text not null default '',
  description_en text not null default '',
  sort_order int not null default 0
);
comment on table public.themes is 'The taxonomy of questions people share; the English slug is stable and used in URLs and the API.';

alter table public.neighbourhoods enable row level security;
alter table public.themes enable row level security;

grant select on public.neighbourhoods, public.themes to anon, authenticated;
grant insert, update, delete on public.neighbourhoods, public.themes to authenticated;
grant all on public.neighbourhoods, public.themes to service_role;
