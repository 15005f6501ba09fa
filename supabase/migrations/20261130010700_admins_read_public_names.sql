-- Admins read every profile row, and with it the real name behind every pseudonym. They
-- need no profile rows of others: their pages work with names (private.public_name(),
-- pseudonym first, which admins may call for anyone) and roles through the server. Only
-- the person reads their own profile row.

drop policy "Admins read every profile" on public.profiles;
