-- Issue 13: the scenario advice of a dossier is stored with it, with its reasons and the scenarios it did not
-- advise (and why not), the distance it used (entered, or estimated from the ligging of gemeente and azc) and the
-- region's thresholds it was given with. Written when the dossier is created or changed and when the advice is
-- asked again (POST .../dossiers/{id}/scenario-adviezen); shown in the dossier JSON as "advies".
-- Part of the dossier: deleted with it (retention, purge). Conventions of V1/V30: tenant_id first, RLS forced.

create table dossier_advies (
  tenant_id            uuid not null,
  dossier_id           uuid not null,
  scenario             text not null,
  redenen              jsonb not null,
  alternatieven        jsonb not null,
  brede_intake_na_voorinburgering boolean not null,
  afstand_km           integer not null check (afstand_km >= 0),
  afstand_bron         text not null check (afstand_bron in ('ingevoerd', 'berekend')),
  afstand_hemelsbreed_km integer,
  woning_binnen_maanden integer not null,
  max_afstand_km       integer not null,
  lang_wachten_maanden integer not null,
  gegeven_op           timestamptz not null default now(),
  primary key (tenant_id, dossier_id),
  foreign key (tenant_id, dossier_id) references dossier (tenant_id, id) on delete cascade
);

alter table dossier_advies enable row level security;
alter table dossier_advies force row level security;
create policy tenant_isolation on dossier_advies
  using (tenant_id = app_tenant()) with check (tenant_id = app_tenant());

grant select, insert, update, delete on dossier_advies to ${appRole};
