-- Finding circles by words (Dutch and English full-text search, typo-tolerant through
-- trigrams) and by when they usually meet.

create extension if not exists unaccent with schema extensions;
create extension if not exists pg_trgm with schema extensions;

-- unaccent() is only stable because its dictionary could change; pinning the dictionary
-- makes this wrapper safe to mark immutable, so indexes can use it.
create function public.kring_unaccent(input text) returns text
language sql immutable parallel safe strict set search_path = '' as $$
  select extensions.unaccent('extensions.unaccent'::regdictionary, input)
$$;
comment on function public.kring_unaccent(text) is 'unaccent() with a fixed dictionary, usable in indexes.';

alter table public.circles
  add column meeting_weekdays smallint[] not null default '{}'
    check (meeting_weekdays <@ array[1, 2, 3, 4, 5, 6, 7]::smallint[]),
  add column meeting_parts text[] not null default '{}'
    check (meeting_parts <@ array['morning', 'afternoon', 'evening']),
  add column search_document tsvector,
  add column search_text text not null default '';

comment on column public.circles.meeting_weekdays is 'ISO weekdays (1 = Monday) the circle usually meets on.';
comment on column public.circles.meeting_parts is 'Parts of the day the circle usually meets: morning, afternoon, evening.';
comment on column public.circles.search_document is 'Dutch and English full-text document: names and themes weigh most.';
comment on column public.circles.search_text is 'Lower-case, accent-free text for trigram (typo-tolerant) matching.';

create function public.circles_refresh_search() returns trigger
language plpgsql set search_path = '' as $$
declare
  labels text;
begin
  select coalesce(string_agg(t.label_nl || ' ' || t.label_en || ' ' || t.slug, ' '), '')
    into labels
  from public.themes t where t.slug = any (new.theme_slugs);
  new.search_document :=
    setweight(to_tsvector('pg_catalog.dutch', public.kring_unaccent(new.name || ' ' || labels)), 'A') ||
    setweight(to_tsvector('pg_catalog.english', public.kring_unaccent(coalesce(new.name_en, '') || ' ' || labels)), 'A') ||
    setweight(to_tsvector('pg_catalog.dutch', public.kring_unaccent(new.description || ' ' || new.meeting_note)), 'B') ||
    setweight(to_tsvector('pg_catalog.english', public.kring_unaccent(coalesce(new.description_en, '') || ' ' || new.meeting_note_en)), 'B');
  new.search_text := lower(public.kring_unaccent(
    new.name || ' ' || coalesce(new.name_en, '') || ' ' || labels || ' ' || new.description || ' ' || coalesce(new.description_en, '')
  ));
  return new;
end;
$$;

create trigger circles_refresh_search
  before insert or update of name, name_en, description, description_en, meeting_note, meeting_note_en, theme_slugs
  on public.circles
  for each row execute function public.circles_refresh_search();

-- Fill the new columns for circles that already exist.
update public.circles set name = name;

create index circles_search_document_idx on public.circles using gin (search_document);
create index circles_search_text_trgm_idx on public.circles using gin (search_text extensions.gin_trgm_ops);
create index circles_meeting_weekdays_idx on public.circles using gin (meeting_weekdays);
