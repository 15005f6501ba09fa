-- From helped to helper (issue 12 point 6) for questions too: closing one's own question as
-- "I was helped" (aftercare, issue 14 point 7) invites the resident once, kindly, to help
-- others with its first theme, as closing a help request as helped already does.

alter table public.helper_invitations drop constraint helper_invitations_source_check;
alter table public.helper_invitations
  add constraint helper_invitations_source_check check (source in ('request', 'membership', 'question'));

create function private.volunteers_invite_helped_question() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  made uuid;
begin
  if new.status = 'closed' and new.closed_reason = 'helped'
     and old.status is distinct from 'closed' and new.user_id is not null
     and cardinality(new.theme_slugs) > 0 then
    insert into public.helper_invitations (user_id, source, theme_slug)
    values (new.user_id, 'question', new.theme_slugs[1])
    on conflict (user_id, topic) do nothing
    returning id into made;
    if made is not null then
      perform public.notify(new.user_id, 'volunteer_helper_invitation',
        jsonb_build_object('theme', new.theme_slugs[1], 'skill', null),
        '/volunteer?invitation=' || made);
    end if;
  end if;
  return new;
end;
$$;
comment on function private.volunteers_invite_helped_question() is 'After a question is closed as helped: a once-only invitation to help others with its first theme.';
revoke execute on function private.volunteers_invite_helped_question() from public, anon, authenticated;

create trigger questions_invite_helped
  after update of status on public.questions
  for each row execute function private.volunteers_invite_helped_question();
