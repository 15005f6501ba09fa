-- Consent records (issue 10 point 20): what a resident agreed to, when, and with which
-- version of the text they were shown. The switches stay where the processing reads them
-- (questions.consent_to_contact and visible_anonymously, an open help request); these
-- triggers write a record whenever a switch is turned on or off, so no path can give or
-- withdraw consent without a record, and a withdrawal stops the processing at once: the
-- question leaves every proposal. Residents read their own records; nobody writes them but
-- the triggers.

create table public.consent_texts (
  purpose text not null check (purpose in ('contact', 'seen_anonymously', 'volunteer_matching')),
  version int not null check (version >= 1),
  body_nl text not null check (char_length(body_nl) between 10 and 1000),
  body_en text not null check (char_length(body_en) between 10 and 1000),
  published_at timestamptz not null default now(),
  primary key (purpose, version)
);
comment on table public.consent_texts is 'Every version of the sentence a resident agrees to, per purpose; a changed text gets a new version, old ones stay.';

alter table public.consent_texts enable row level security;
grant select on public.consent_texts to anon, authenticated;
grant all on public.consent_texts to service_role;
create policy "Everyone reads the consent texts"
  on public.consent_texts for select to anon, authenticated
  using (true);

-- Version 1: the sentences the question form and the help-request form show.
insert into public.consent_texts (purpose, version, body_nl, body_en) values
  ('contact', 1,
   'Neem contact met me op als er een kring start die bij mijn vraag past.',
   'Contact me when a circle starts that fits my question.'),
  ('seen_anonymously', 1,
   'Anderen mogen mijn vraag zien, zonder mijn naam.',
   'Others may see my question, without my name.'),
  ('volunteer_matching', 1,
   'Kring mag mijn hulpvraag voorstellen aan een passende vrijwilliger. Pas als ik ja zeg, ziet die mijn naam.',
   'Kring may propose my request to a fitting volunteer. Only when I say yes do they see my name.');

create table public.consent_records (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.profiles (id) on delete cascade,
  purpose text not null,
  text_version int not null,
  question_id uuid references public.questions (id) on delete set null,
  help_request_id uuid references public.help_requests (id) on delete set null,
  given_at timestamptz not null default now(),
  withdrawn_at timestamptz,
  foreign key (purpose, text_version) references public.consent_texts (purpose, version),
  check (withdrawn_at is null or withdrawn_at >= given_at),
  check (purpose = 'volunteer_matching' or help_request_id is null),
  check (purpose <> 'volunteer_matching' or question_id is null)
);
comment on table public.consent_records is 'What a resident agreed to (purpose and text version), for which question or request, when, and when they withdrew it. Written only by triggers.';
comment on column public.consent_records.question_id is 'Null for a volunteer request, or when the question was removed later (which ends the processing too).';
create index consent_records_user_idx on public.consent_records (user_id, given_at);
create index consent_records_question_idx on public.consent_records (question_id) where question_id is not null;
create index consent_records_request_idx on public.consent_records (help_request_id) where help_request_id is not null;
-- At most one standing consent per purpose and question or request.
create unique index consent_records_standing_question_idx
  on public.consent_records (question_id, purpose) where withdrawn_at is null and question_id is not null;
create unique index consent_records_standing_request_idx
  on public.consent_records (help_request_id, purpose) where withdrawn_at is null and help_request_id is not null;

alter table public.consent_records enable row level security;
grant select on public.consent_records to authenticated;
grant all on public.consent_records to service_role;
create policy "Residents read their own consent records"
  on public.consent_records for select to authenticated
  using (user_id = (select auth.uid()));

-- The newest text of a purpose: the one the forms show.
create function private.consent_text_version(wanted text) returns int
language sql stable set search_path = '' as $$
  select max(version) from public.consent_texts where purpose = wanted
$$;

-- Gives or withdraws the record for one switch. Withdrawal of contact takes the question
-- out of every proposal not yet turned into a circle, and the proposal's frequent words go
-- (the proposals job fills them again from questions whose owners still agree).
create function private.record_question_consent(q public.questions, wanted text, agreed boolean)
returns void
language plpgsql security definer set search_path = '' as $$
declare
  p uuid;
begin
  if agreed then
    insert into public.consent_records (user_id, purpose, text_version, question_id)
    values (q.user_id, wanted, private.consent_text_version(wanted), q.id)
    on conflict (question_id, purpose) where withdrawn_at is null and question_id is not null
    do nothing;
    return;
  end if;
  update public.consent_records set withdrawn_at = now()
  where question_id = q.id and purpose = wanted and withdrawn_at is null;
  if wanted = 'seen_anonymously' then
    update public.circle_proposals cp set frequent_words = '{}'
    where exists (select 1 from public.circle_proposal_questions pq
                  where pq.proposal_id = cp.id and pq.question_id = q.id);
    return;
  end if;
  -- Invitations to circles seeded from a proposal with this question, not yet answered.
  update public.circle_invitations i set status = 'revoked', responded_at = now()
  where i.user_id = q.user_id and i.source = 'proposal' and i.status = 'pending'
    and i.circle_id in (
      select cp.circle_id from public.circle_proposals cp
      join public.circle_proposal_questions pq on pq.proposal_id = cp.id
      where pq.question_id = q.id and cp.circle_id is not null);
  for p in
    select pq.proposal_id from public.circle_proposal_questions pq where pq.question_id = q.id
  loop
    delete from public.circle_proposal_questions where proposal_id = p and question_id = q.id;
    if not exists (select 1 from public.circle_proposals where id = p and status in ('open', 'dismissed')) then
      continue; -- a seeded proposal is history: its circle exists
    elsif exists (select 1 from public.circle_proposal_questions where proposal_id = p) then
      update public.circle_proposals
      set size = (select count(*) from public.circle_proposal_questions where proposal_id = p),
          frequent_words = '{}'
      where id = p;
    else
      delete from public.circle_proposals where id = p;
    end if;
  end loop;
end;
$$;

create function private.questions_record_consent() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'INSERT' or new.consent_to_contact is distinct from old.consent_to_contact then
    if tg_op = 'INSERT' and not new.consent_to_contact then
      null;
    else
      perform private.record_question_consent(new, 'contact', new.consent_to_contact);
    end if;
  end if;
  if tg_op = 'INSERT' or new.visible_anonymously is distinct from old.visible_anonymously then
    if tg_op = 'INSERT' and not new.visible_anonymously then
      null;
    else
      perform private.record_question_consent(new, 'seen_anonymously', new.visible_anonymously);
    end if;
  end if;
  return null;
end;
$$;

create trigger questions_record_consent
  after insert or update of consent_to_contact, visible_anonymously on public.questions
  for each row execute function private.questions_record_consent();

-- A help request that is open may be proposed to volunteers: opening it (or opening it
-- again) records the consent. Pausing or closing it ends the consent (withdrawing on the
-- privacy page pauses it), and volunteers_request_status_changed withdraws every
-- proposal to a volunteer at once.
create function private.help_requests_record_consent() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'UPDATE' and new.status in ('paused', 'closed') and old.status is distinct from new.status then
    update public.consent_records set withdrawn_at = now()
    where help_request_id = new.id and purpose = 'volunteer_matching' and withdrawn_at is null;
  end if;
  if new.status = 'open' and (tg_op = 'INSERT' or old.status is distinct from 'open') then
    insert into public.consent_records (user_id, purpose, text_version, help_request_id)
    values (new.requester_id, 'volunteer_matching', private.consent_text_version('volunteer_matching'), new.id)
    on conflict (help_request_id, purpose) where withdrawn_at is null and help_request_id is not null
    do nothing;
  end if;
  return null;
end;
$$;

create trigger help_requests_record_consent
  after insert or update of status on public.help_requests
  for each row execute function private.help_requests_record_consent();

revoke execute on function private.consent_text_version(text) from public, anon, authenticated;
revoke execute on function private.record_question_consent(public.questions, text, boolean) from public, anon, authenticated;
revoke execute on function private.questions_record_consent() from public, anon, authenticated;
revoke execute on function private.help_requests_record_consent() from public, anon, authenticated;

-- Questions and requests from before this migration: their switches were set with the
-- first version of the text.
insert into public.consent_records (user_id, purpose, text_version, question_id, given_at)
select q.user_id, 'contact', 1, q.id, q.updated_at from public.questions q where q.consent_to_contact;
insert into public.consent_records (user_id, purpose, text_version, question_id, given_at)
select q.user_id, 'seen_anonymously', 1, q.id, q.updated_at from public.questions q where q.visible_anonymously;
insert into public.consent_records (user_id, purpose, text_version, help_request_id, given_at)
select r.requester_id, 'volunteer_matching', 1, r.id, r.created_at from public.help_requests r where r.status = 'open';
