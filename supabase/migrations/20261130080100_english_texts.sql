-- English readers saw Dutch texts without a word of warning (issue 13.7). Hosts may now
-- give an English version of a circle's house rules and of a gathering's title, next to
-- the English name, description and meeting note circles already had. Where there is
-- none, the page shows the Dutch text, marked lang="nl" and "(in Dutch)".

alter table public.circles
  add column house_rules_en text not null default '' check (char_length(house_rules_en) <= 4000);
comment on column public.circles.house_rules_en is 'The house rules in English; empty when the host gave none.';

alter table public.gatherings
  add column title_en text check (title_en is null or char_length(title_en) between 3 and 120);
comment on column public.gatherings.title_en is 'The title in English; null when the host gave none.';
