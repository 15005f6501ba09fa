-- Typo-tolerant search the way the PostgreSQL manual suggests: a small vocabulary of the
-- words used by listed circles, with a trigram index, to correct a misspelt query word
-- ("autsime" -> "autisme") before full-text search. Comparing the query with whole
-- circle texts by trigrams was too slow for thousands of circles.

create table public.search_words (
  word text primary key check (char_length(word) between 3 and 40)
);
comment on table public.search_words is 'Words from listed circles (lower case, no accents), for correcting misspelt searches.';
create index search_words_trgm_idx on public.search_words using gin (word extensions.gin_trgm_ops);

create function public.circles_collect_search_words() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  -- Only listed circles: words from a private circle must not leak through suggestions.
  if new.visibility = 'public' and new.status in ('published', 'closed', 'archived') then
    insert into public.search_words (word)
    select distinct w
    from regexp_split_to_table(new.search_text, '[^a-z0-9]+') as w
    where char_length(w) between 4 and 40
    on conflict do nothing;
  end if;
  return null;
end;
$$;

create trigger circles_collect_search_words
  after insert or update of search_text, visibility, status on public.circles
  for each row execute function public.circles_collect_search_words();

insert into public.search_words (word)
select distinct w
from public.circles c, regexp_split_to_table(c.search_text, '[^a-z0-9]+') as w
where c.visibility = 'public' and c.status in ('published', 'closed', 'archived') and char_length(w) between 4 and 40
on conflict do nothing;

alter table public.search_words enable row level security;
grant select on public.search_words to anon, authenticated;
grant all on public.search_words to service_role;

create policy "Everyone reads the search vocabulary"
  on public.search_words for select to anon, authenticated
  using (true);
