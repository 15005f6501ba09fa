-- What Kring holds about the signed-in person that row-level security does not show
-- them directly (their sign-in account and sessions, their messages in circles they
-- left, their RSVPs there, and what they did as a host or worker). The rest of the
-- export is read through RLS as the person (src/lib/server/account/export.ts).
-- Security definer, but every query is limited to auth.uid(): it only ever returns the
-- caller's own data. In schema private (not a REST endpoint); only Kring's server calls
-- it, as the signed-in person.

create function private.account_export() returns jsonb
language plpgsql stable security definer set search_path = '' as $$
declare
  me uuid := (select auth.uid());
  alerts jsonb := '[]'::jsonb;
begin
  if me is null then
    raise exception 'not signed in' using errcode = '42501';
  end if;
  -- That words about a crisis were recognised in what they wrote, and what was done;
  -- never who was told (that stays with the people who helped). Dynamic SQL: the alerts
  -- come from another part of Kring.
  if to_regclass('public.crisis_alerts') is not null then
    execute $q$
      select coalesce(jsonb_agg(jsonb_build_object('source', a.source, 'created_at', a.created_at,
        'last_at', a.last_at, 'contact_offered_at', a.contact_offered_at, 'handled_at', a.handled_at)
        order by a.created_at), '[]'::jsonb)
      from public.crisis_alerts a where a.subject_id = $1 $q$
    into alerts using me;
  end if;
  return jsonb_build_object(
    'crisis_alerts_about_me', alerts,
    'account', (
      select jsonb_build_object('email', u.email, 'created_at', u.created_at,
        'email_confirmed_at', u.email_confirmed_at, 'last_sign_in_at', u.last_sign_in_at)
      from auth.users u where u.id = me),
    'sessions', coalesce((
      select jsonb_agg(jsonb_build_object('created_at', s.created_at, 'expires_at', s.expires_at)
        order by s.created_at)
      from kring_auth.sessions s where s.user_id = me), '[]'::jsonb),
    'messages', coalesce((
      select jsonb_agg(jsonb_build_object('id', m.id, 'circle', c.name, 'circle_slug', c.slug,
        'body', m.body, 'created_at', m.created_at, 'edited_at', m.edited_at,
        'deleted_at', m.deleted_at, 'hidden_at', m.hidden_at, 'hidden_reason', m.hidden_reason)
        order by m.id)
      from public.chat_messages m join public.circles c on c.id = m.circle_id
      where m.author_id = me), '[]'::jsonb),
    'rsvps', coalesce((
      select jsonb_agg(jsonb_build_object('gathering', g.title, 'circle', c.name,
        'starts_at', g.starts_at, 'answer', r.answer, 'updated_at', r.updated_at)
        order by g.starts_at)
      from public.gathering_rsvps r
      join public.gatherings g on g.id = r.gathering_id
      join public.circles c on c.id = g.circle_id
      where r.user_id = me), '[]'::jsonb),
    'circles_started', coalesce((
      select jsonb_agg(jsonb_build_object('name', c.name, 'slug', c.slug, 'status', c.status,
        'created_at', c.created_at) order by c.created_at)
      from public.circles c where c.created_by = me), '[]'::jsonb),
    'gatherings_planned', coalesce((
      select jsonb_agg(jsonb_build_object('title', g.title, 'circle', c.name,
        'starts_at', g.starts_at, 'created_at', g.created_at) order by g.starts_at)
      from public.gatherings g join public.circles c on c.id = g.circle_id
      where g.created_by = me), '[]'::jsonb),
    'invitations_sent', coalesce((
      select jsonb_agg(jsonb_build_object('circle', c.name, 'source', i.source,
        'status', i.status, 'message', i.message, 'created_at', i.created_at)
        order by i.created_at)
      from public.circle_invitations i join public.circles c on c.id = i.circle_id
      where i.invited_by = me), '[]'::jsonb),
    'join_decisions', coalesce((
      select jsonb_agg(jsonb_build_object('circle', c.name, 'status', j.status,
        'reason', j.decision_reason, 'decided_at', j.decided_at) order by j.decided_at)
      from public.join_requests j join public.circles c on c.id = j.circle_id
      where j.decided_by = me), '[]'::jsonb),
    'messages_hidden', coalesce((
      select jsonb_agg(jsonb_build_object('circle', c.name, 'message_id', m.id,
        'reason', m.hidden_reason, 'hidden_at', m.hidden_at) order by m.hidden_at)
      from public.chat_messages m join public.circles c on c.id = m.circle_id
      where m.hidden_by = me), '[]'::jsonb),
    'reports_handled', coalesce((
      select jsonb_agg(jsonb_build_object('circle', c.name, 'status', r.status,
        'resolved_at', r.resolved_at) order by r.resolved_at)
      from public.message_reports r join public.circles c on c.id = r.circle_id
      where r.resolved_by = me), '[]'::jsonb),
    'reports_about_my_messages', (
      select count(*) from public.message_reports r where r.message_author_id = me),
    'proposals_seeded', coalesce((
      select jsonb_agg(jsonb_build_object('theme_slugs', p.theme_slugs, 'status', p.status,
        'seeded_at', p.seeded_at) order by p.seeded_at)
      from public.circle_proposals p where p.seeded_by = me), '[]'::jsonb),
    'volunteer_matches', coalesce((
      select jsonb_agg(jsonb_build_object('as', case when mt.volunteer_id = me then 'volunteer' else 'requester' end,
        'status', mt.status, 'source', mt.source, 'proposed_at', mt.proposed_at,
        'answered_at', mt.answered_at, 'decline_reason', case when mt.volunteer_id = me then mt.decline_reason end,
        'confirmed_at', mt.confirmed_at) order by mt.proposed_at)
      from public.volunteer_matches mt join public.help_requests r on r.id = mt.request_id
      where mt.volunteer_id = me or r.requester_id = me), '[]'::jsonb),
    'volunteer_messages', coalesce((
      select jsonb_agg(jsonb_build_object('body', v.body, 'created_at', v.created_at) order by v.created_at)
      from public.volunteer_messages v where v.author_id = me), '[]'::jsonb),
    'matches_confirmed', (
      select count(*) from public.volunteer_matches mt where mt.confirmed_by = me),
    'collectives_decided', (
      select count(*) from public.collective_proposals c where c.decided_by = me),
    'proposal_runs_requested', coalesce((
      select jsonb_agg(jsonb_build_object('status', r.status, 'started_at', r.started_at,
        'finished_at', r.finished_at) order by r.started_at)
      from public.proposal_runs r where r.requested_by = me), '[]'::jsonb)
  );
end;
$$;
comment on function private.account_export() is 'The caller''s own data that RLS does not show them directly, as JSON; part of the data export.';
revoke execute on function private.account_export() from public, anon;
grant execute on function private.account_export() to authenticated;
