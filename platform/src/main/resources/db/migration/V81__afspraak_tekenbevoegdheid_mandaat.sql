-- Issue 16: who signs an agreement, explicitly (docs/security.md, "Wie tekent een samenwerkingsafspraak").
-- A gemeente signs through a person with signing authority (realm role tekenbevoegd) for that gemeente, or through
-- the regio-coördinator under a mandaat that gemeente's tekenbevoegde recorded on this version of the agreement.
-- The COA signs for itself only. Every signature keeps the signer's name as the token carried it at the time, and
-- under which authority it was signed. Conventions of V1/V20/V80: tenant_id first in every key, RLS forced,
-- explicit grants.

-- the signature: the name from the token at the time (ondertekend_door stays the token's pseudonymous subject),
-- and whether it was the party's own signatory or the coördinator under a mandaat (which one)
alter table samenwerkingsafspraak_partij
  add column ondertekend_door_naam text check (ondertekend_door_naam is null or length(ondertekend_door_naam) <= 200),
  add column ondertekend_krachtens_mandaat uuid;

-- the history shows people by name: the name the token carried, next to the subject it always stored
alter table samenwerkingsafspraak_wijziging
  add column door_naam text check (door_naam is null or length(door_naam) <= 200);

-- A mandaat: gemeente X (through its tekenbevoegde) lets the region's coördinator sign this version for X, by a
-- mandaatbesluit with reference kenmerk, granted while the version is ter-ondertekening (its content fixed). One open
-- (not withdrawn) mandaat per gemeente per version; withdrawn only
-- while unused; once used it is the record of the signature's authority and never changes again.
create table samenwerkingsafspraak_mandaat (
  tenant_id           uuid not null,
  id                  uuid not null,
  afspraak_versie_id  uuid not null,
  gemeente_code       text not null,
  kenmerk             text not null check (length(kenmerk) between 1 and 100),
  verleend_door       text not null,
  verleend_door_naam  text check (verleend_door_naam is null or length(verleend_door_naam) <= 200),
  verleend_op         timestamptz not null default clock_timestamp(),
  ingetrokken_door_naam text check (ingetrokken_door_naam is null or length(ingetrokken_door_naam) <= 200),
  ingetrokken_op      timestamptz,
  gebruikt_op         timestamptz,
  check (ingetrokken_op is null or gebruikt_op is null),
  primary key (tenant_id, id),
  foreign key (tenant_id, afspraak_versie_id, gemeente_code)
    references samenwerkingsafspraak_partij (tenant_id, afspraak_versie_id, partij_code) on delete cascade
);
create unique index samenwerkingsafspraak_mandaat_open on samenwerkingsafspraak_mandaat
  (tenant_id, afspraak_versie_id, gemeente_code) where ingetrokken_op is null;

-- (no foreign key back from samenwerkingsafspraak_partij.ondertekend_krachtens_mandaat: the purge deletes tenant
-- tables in foreign-key order, and a cycle between the two would stop it; the service sets both in one transaction)

alter table samenwerkingsafspraak_mandaat enable row level security;
alter table samenwerkingsafspraak_mandaat force row level security;
create policy tenant_isolation on samenwerkingsafspraak_mandaat
  using (tenant_id = app_tenant()) with check (tenant_id = app_tenant());

-- granted (insert), withdrawn or used (update); delete only with the region (purge)
grant select, insert, update, delete on samenwerkingsafspraak_mandaat to ${appRole};
