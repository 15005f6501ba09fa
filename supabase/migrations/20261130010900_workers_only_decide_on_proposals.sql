-- A neighbourhood worker decides on a proposed circle (publish or close) without hosting
-- it, through the policy "Workers decide on proposed circles". That policy let them change
-- every column: a worker could make a proposed private circle public, publish it and
-- join, and so read its chat. Someone who neither hosts the circle nor is an admin now
-- changes its status only.

create function private.guard_circle_decision() returns trigger
language plpgsql set search_path = '' as $$
begin
  if current_user in ('anon', 'authenticated')
     and not private.is_circle_host(old.id)
     and not private.has_role('admin')
     and (to_jsonb(new) - 'status' - 'updated_at' - 'search_document' - 'search_text')
         is distinct from (to_jsonb(old) - 'status' - 'updated_at' - 'search_document' - 'search_text') then
    raise exception 'only_status' using errcode = '42501',
      detail = 'A neighbourhood worker who does not host a circle only publishes or closes it.';
  end if;
  return new;
end;
$$;
comment on function private.guard_circle_decision() is 'Before a circle changes: who neither hosts it nor is an admin changes only its status.';
revoke execute on function private.guard_circle_decision() from public, anon, authenticated;

create trigger circles_guard_decision
  before update on public.circles
  for each row execute function private.guard_circle_decision();
