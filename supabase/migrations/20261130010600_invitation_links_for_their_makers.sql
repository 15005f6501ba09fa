-- A worker could read every circle's invitation links (workers may invite to any circle),
-- so also the link a host made to a private circle, and join through it. Links and
-- invitations are now read and revoked by the circle's hosts, by whoever made them, and by
-- admins; a worker sees the links they made.

drop policy "Hosts and workers read the invitations they may see" on public.circle_invitations;
create policy "Hosts and makers read the invitations they may see"
  on public.circle_invitations for select to authenticated
  using (
    source <> 'proposal'
    and (
      (select private.is_circle_host(circle_id))
      or invited_by = (select auth.uid())
      or (select private.has_role('admin'))
    )
  );

drop policy "Hosts and workers revoke invitations" on public.circle_invitations;
create policy "Hosts and makers revoke invitations"
  on public.circle_invitations for update to authenticated
  using (
    source <> 'proposal'
    and (
      (select private.is_circle_host(circle_id))
      or invited_by = (select auth.uid())
      or (select private.has_role('admin'))
    )
  )
  with check (status = 'revoked');
