-- Offboarding: the purge of a region removes every row of that tenant except its audit records (its number
-- sequence included), as the application role in the region's own tenant-bound transaction.
grant delete on dossier_nummering to ${appRole};
