-- When a circle is published, tell the residents whose open question fits it (same main
-- theme, within reach) and who agreed to be contacted. System imports without a signed-in
-- person (demo seed, benchmarks) notify nobody.

create function public.kring_distance_km(lat1 float8, lon1 float8, lat2 float8, lon2 float8)
returns float8
language sql immutable parallel safe strict set search_path = '' as $$
  select 2 * 6371 * asin(least(1, sqrt(
    power(sin(radians(lat2 - lat1) / 2), 2)
    + cos(radians(lat1)) * cos(radians(lat2)) * power(sin(radians(lon2 - lon1) / 2), 2)
  )))
$$;
comment on function public.kring_distance_km(float8, float8, float8, float8) is 'Great-circle (haversine) distance in kilometres.';

create function public.notify_questions_fitting_circle() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  r record;
  c_lat float8;
  c_lon float8;
begin
  if new.status <> 'published' or new.visibility <> 'public' then
    return new;
  end if;
  if tg_op = 'UPDATE' and old.status = 'published' then
    return new;
  end if;
  if (select auth.uid()) is null then
    return new;
  end if;
  select latitude, longitude into c_lat, c_lon from public.neighbourhoods where id = new.neighbourhood_id;
  for r in
    select distinct on (q.user_id) q.user_id, q.id
    from public.questions q
    left join public.neighbourhoods n on n.id = q.neighbourhood_id
    where q.status = 'open' and q.consent_to_contact
      and q.theme_slugs[1] = any (new.theme_slugs)
      and q.user_id is distinct from new.created_by
      and (new.format = 'both' or q.preferred_format = 'either' or q.preferred_format = new.format)
      and (
        new.format <> 'in_person' and q.preferred_format <> 'in_person'
        or c_lat is null or n.id is null
        or public.kring_distance_km(n.latitude, n.longitude, c_lat, c_lon) <= 5
      )
      and not exists (select 1 from public.memberships m where m.circle_id = new.id and m.user_id = q.user_id)
      and not exists (
        select 1 from public.circle_invitations i
        where i.circle_id = new.id and i.user_id = q.user_id and i.status = 'pending'
      )
    order by q.user_id, q.created_at
  loop
    perform public.notify(
      r.user_id, 'circle_fits_question',
      jsonb_build_object('circle_id', new.id, 'circle_slug', new.slug, 'circle_name', new.name,
                         'question_id', r.id),
      '/circles/' || new.slug);
  end loop;
  return new;
end;
$$;
comment on function public.notify_questions_fitting_circle() is 'Notifies residents with a fitting open, consenting question when a circle is published.';
revoke execute on function public.notify_questions_fitting_circle() from public, anon, authenticated;

create trigger circles_notify_fitting_questions
  after insert or update of status on public.circles
  for each row execute function public.notify_questions_fitting_circle();
