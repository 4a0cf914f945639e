-- Dashboard: the facts of each dossier that the aggregates are computed from. A tenant table following V1: tenant_id
-- first in the primary key, RLS enabled and forced, explicit grants. Written only through DashboardFeiten, inside
-- the dossiers module's own write transaction; holds codes and dates, no personal data. No foreign key to the
-- dossier table: that belongs to another module, which keeps this table in step.

-- Orders the changes (also across regions); each change's number travels in its NOTIFY payload.
create sequence dashboard_feit_volgnummer;

create table dashboard_dossier_feit (
  tenant_id                 uuid not null references regio (id),
  dossier_id                uuid not null,
  gemeente_code             text not null check (gemeente_code ~ '^GM[0-9]{4}$'),
  azc_code                  text not null references azc_locatie (code),
  status                    text not null,
  scenario                  text not null,
  koppelingsdatum           date,
  verwachte_verhuisdatum    date,
  werkelijke_verhuisdatum   date,
  driegesprek_vervaldatum   date,
  driegesprek_datum         date,
  klantprofiel_update_datum date,
  laatste_voortgang         date,
  -- milestone type code -> due date of every open milestone, e.g. {"brede-intake": "2026-03-01"}
  open_mijlpalen            jsonb not null default '{}' check (jsonb_typeof(open_mijlpalen) = 'object'),
  afspraak_versie_id        uuid,
  gesloten                  boolean not null default false,
  volgnummer                bigint not null,
  bijgewerkt_op             timestamptz not null default clock_timestamp(),
  primary key (tenant_id, dossier_id)
);

alter table dashboard_dossier_feit enable row level security;
alter table dashboard_dossier_feit force row level security;
create policy tenant_isolation on dashboard_dossier_feit
  using (tenant_id = app_tenant()) with check (tenant_id = app_tenant());

grant select, insert, update, delete on dashboard_dossier_feit to ${appRole};
grant usage on sequence dashboard_feit_volgnummer to ${appRole};
