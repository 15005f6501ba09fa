-- A help request for one day only ("Alleen op één dag?") needs no moment in the weekly grid:
-- the day itself says when, and the assignment job then looks at that whole day
-- (slotsOnDate). Before, the form and this check refused a one-off date alone. A request
-- without a one-off date still names at least one moment of the week.
alter table public.help_requests drop constraint help_requests_time_slots_check;
alter table public.help_requests add constraint help_requests_time_slots_check check (
  private.volunteers_valid_slots(time_slots)
  or (cardinality(time_slots) = 0 and one_off_date is not null)
);
