-- From helped to helper (issue 12 point 6): when a resident closes a help request as
-- "it helped", or has been a member of a circle for three months, Kring invites them once,
-- kindly, to become a volunteer or co-host for that theme. Accepting prefills the
-- volunteer profile with the theme as experience; dismissing ends it. One invitation per
-- person and theme (or skill, for a request without a theme), whatever happens later.

create table public.helper_invitations (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.profiles (id) on delete cascade,
  source text not null check (source in ('request', 'membership')),
  theme_slug text references public.themes (slug) on delete cascade,
  skill_slug text references public.volunteer_skills (slug) on delete cascade,
  circle_id uuid references public.circles (id) on delete set null,
  -- what "that theme" is, for the once-only rule
  topic text not null generated always as (coalesce(theme_slug, 'skill:' || skill_slug, 'any')) stored,
  created_at timestamptz not null default now(),
  answered_at timestamptz,
  answer text check (answer in ('accepted', 'dismissed')),
  check ((answer is null) = (answered_at is null)),
  unique (user_id, topic)
);
comment on table public.helper_invitations is 'A once-only, kind invitation to someone who was helped (or is a long-time member) to help others with that theme.';

alter table public.helper_invitations enable row level security;
grant select on public.helper_invitations to authenticated;
grant update (answered_at, answer) on public.helper_invitations to authenticated;
grant all on public.helper_invitations to service_role;

create policy "People read their own invitations to help"
  on public.helper_invitations for select to authenticated
  using (user_id = (select auth.uid()));

create policy "People answer their own invitations to help, once"
  on public.helper_invitations for update to authenticated
  using (user_id = (select auth.uid()) and answer is null)
  with check (user_id = (select auth.uid()) and answer is not null);

-- A resident's own request closed as helped: invite them (not for a circle's request,
-- which a host asked on the circle's behalf).
create function private.volunteers_invite_helped() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  made uuid;
begin
  if new.status = 'closed' and new.close_reason = 'helped' and old.status <> 'closed'
     and new.circle_id is null then
    insert into public.helper_invitations (user_id, source, theme_slug, skill_slug)
    values (new.requester_id, 'request', new.theme_slug, new.skill_slug)
    on conflict (user_id, topic) do nothing
    returning id into made;
    if made is not null then
      perform public.notify(new.requester_id, 'volunteer_helper_invitation',
        jsonb_build_object('theme', coalesce(new.theme_slug, ''), 'skill', new.skill_slug),
        '/volunteer?invitation=' || made);
    end if;
  end if;
  return new;
end;
$$;

create trigger help_requests_invite_helped
  after update of status on public.help_requests
  for each row execute function private.volunteers_invite_helped();

-- The daily job: members of at least three months, once per theme of their circle, unless
-- they already host it or volunteer with that theme as experience.
create function private.volunteers_invite_long_members() returns int
language plpgsql security definer set search_path = '' as $$
declare
  made int := 0;
  fresh record;
begin
  for fresh in
    insert into public.helper_invitations (user_id, source, theme_slug, circle_id)
    select distinct on (ms.user_id, t.theme) ms.user_id, 'membership', t.theme, ms.circle_id
    from public.memberships ms
    join public.circles c on c.id = ms.circle_id
    cross join lateral unnest(c.theme_slugs) as t(theme)
    where ms.role = 'member' and ms.joined_at <= now() - interval '3 months'
      and not exists (
        select 1 from public.volunteer_profiles v
        where v.user_id = ms.user_id and t.theme = any (v.experience_themes))
    order by ms.user_id, t.theme, ms.joined_at
    on conflict (user_id, topic) do nothing
    returning id, user_id, theme_slug
  loop
    perform public.notify(fresh.user_id, 'volunteer_helper_invitation',
      jsonb_build_object('theme', fresh.theme_slug, 'skill', ''), '/volunteer?invitation=' || fresh.id);
    made := made + 1;
  end loop;
  return made;
end;
$$;
comment on function private.volunteers_invite_long_members() is 'Service job: invites members of three months once per theme of their circle to help others.';
revoke execute on function private.volunteers_invite_long_members() from public, anon, authenticated;
grant execute on function private.volunteers_invite_long_members() to service_role;
