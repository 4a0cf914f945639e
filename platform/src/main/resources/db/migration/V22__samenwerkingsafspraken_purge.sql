-- Offboarding: the purge of a region removes every row of that tenant except its audit records, as the
-- application role inside the region's own tenant-bound transaction (RLS still limits it to that region).
grant delete on samenwerkingsafspraak, samenwerkingsafspraak_partij, samenwerkingsafspraak_signaal,
  samenwerkingsafspraak_wijziging, samenwerkingsafspraak_idempotentie to ${appRole};
