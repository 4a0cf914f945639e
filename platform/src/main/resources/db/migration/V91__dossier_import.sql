-- Issue 18: bulk import of dossiers from CSV and .xlsx.
--
-- 1. A region knows each COA reference once: importing the same rows again (in any file, by anyone, also two
--    imports at the same moment) creates nothing new, and a single create with a reference the region already has
--    answers 409. Enforced here, not only by a look-up first, so concurrent writers cannot both win. Existing data
--    (demo seed: DEMO-0001…, unique; tests: unique per run) holds no duplicates; should a database hold some, the
--    migration fails loudly rather than choosing which dossier to keep.
create unique index dossier_coa_referentie on dossier (tenant_id, coa_referentie) where coa_referentie is not null;

-- 2. One import: who started it, its counts and progress, and its report (per refused or existing row: the row
--    number, the COA reference as the file gave it, and per column the reason). Never the file itself, nor names,
--    dates of birth or anything else of the people in it: the report names rows and columns, and the COA reference
--    only (the COA's own key of its row). Kept 30 days (a new import of the region removes older ones), deleted with
--    the region (purge: by tenant_id), never in the export. Conventions of V1/V30/V82: tenant_id first in every
--    key, RLS forced, explicit grants.
create table dossier_import (
  tenant_id     uuid not null,
  id            uuid not null,
  -- bezig: rows being processed; klaar: done; geweigerd: the file as a whole refused (nothing created);
  -- afgebroken: the instance stopped while it ran (its heartbeat bijgewerkt_op went stale): upload it again, the
  -- rows already created are then reported as 'bestaat al'
  status        text not null check (status in ('bezig', 'klaar', 'geweigerd', 'afgebroken')),
  formaat       text not null check (formaat in ('csv', 'xlsx')),
  -- who started it (the audit name, as in audit_record.actor) and their display name for the page
  gestart_door  text not null,
  totaal        integer not null check (totaal >= 0),
  verwerkt      integer not null default 0 check (verwerkt >= 0),
  aangemaakt    integer not null default 0 check (aangemaakt >= 0),
  bestaat_al    integer not null default 0 check (bestaat_al >= 0),
  geweigerd     integer not null default 0 check (geweigerd >= 0),
  -- why the whole file was refused (status geweigerd): a text naming columns and rows, never a cell's value
  reden         text,
  -- [{rij, coaReferentie, uitkomst: geweigerd|bestaat-al, fouten: [{kolom, reden}]}], in row order
  rapport       jsonb not null default '[]'::jsonb,
  -- the dossiers this import created, in row order: [{rij, id}]
  dossiers      jsonb not null default '[]'::jsonb,
  gestart_op    timestamptz not null,
  bijgewerkt_op timestamptz not null,
  klaar_op      timestamptz,
  primary key (tenant_id, id)
);
create index dossier_import_gestart on dossier_import (tenant_id, gestart_op);
create index dossier_import_bezig on dossier_import (tenant_id, bijgewerkt_op) where status = 'bezig';

alter table dossier_import enable row level security;
alter table dossier_import force row level security;
create policy tenant_isolation on dossier_import
  using (tenant_id = app_tenant()) with check (tenant_id = app_tenant());

grant select, insert, update, delete on dossier_import to ${appRole};
