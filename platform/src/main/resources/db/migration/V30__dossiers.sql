-- Overdrachtsdossiers (issue 7): one dossier per inburgeraar, its milestones, per-region numbering and the
-- idempotency keys of creates. Conventions of V1: tenant_id first in every key, RLS forced, explicit grants.
-- No foreign key to regio_gemeente / regio_azc: those rows follow the region descriptor and may be removed by the
-- synchroniser; the application checks gemeente and azc against the descriptor instead.

create table dossier (
  tenant_id                   uuid not null references regio (id),
  id                          uuid not null,
  dossiernummer               text not null,
  gemeente_code               text not null check (gemeente_code ~ '^GM[0-9]{4}$'),
  azc_code                    text not null check (azc_code ~ '^AZC-[A-Z0-9-]+$'),
  afspraak_versie_id          uuid,
  koppelingsdatum             date not null,
  verwachte_verhuisdatum      date,
  werkelijke_verhuisdatum     date,
  scenario                    text not null,
  scenario_bron               text not null check (scenario_bron in ('advies', 'keuze', 'afspraak')),
  geadviseerd_scenario        text,
  brede_intake_na_voorinburgering boolean not null default false,
  afstand_tot_azc_km          integer,
  verwachte_maanden_tot_woning integer,
  kan_reizen                  boolean,
  digitaal_vaardig            boolean,
  vaste_contactpersoon_id     uuid,
  contactpersoon_vertrokken   boolean not null default false,
  status                      text not null check (status in
                                ('gekoppeld', 'in-voorbereiding', 'verhuisd', 'overgedragen', 'gesloten')),
  gesloten_op                 date,
  -- V-nummer, only where the region records it: AES-GCM (iv || ciphertext || tag) and the id of the key used
  v_nummer_versleuteld        bytea,
  v_nummer_sleutel            text,
  -- Signals precomputed on every change and by the daily job, so the list never recomputes them per row
  signalen                    jsonb not null default '[]',
  signaal_types               text[] not null default '{}',
  urgentste_signaal           text,
  urgentie_rang               smallint not null default 9,
  signalen_op                 date,
  laatste_voortgang           date,
  versie                      integer not null default 1,
  aangemaakt_op               timestamptz not null default now(),
  bijgewerkt_op               timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, dossiernummer),
  check ((v_nummer_versleuteld is null) = (v_nummer_sleutel is null))
);
create index dossier_gemeente on dossier (tenant_id, gemeente_code, dossiernummer);
create index dossier_azc on dossier (tenant_id, azc_code, dossiernummer);
create index dossier_urgentie on dossier (tenant_id, urgentie_rang, dossiernummer);
create index dossier_afspraak on dossier (tenant_id, afspraak_versie_id) where afspraak_versie_id is not null;
create index dossier_contactpersoon on dossier (vaste_contactpersoon_id) where vaste_contactpersoon_id is not null;
create index dossier_gesloten on dossier (tenant_id, gesloten_op) where status = 'gesloten';

create table dossier_mijlpaal (
  tenant_id      uuid not null,
  dossier_id     uuid not null,
  type           text not null,
  vervaldatum    date,
  afgerond_op    date,
  afgerond_door  text,
  notitie        text,
  primary key (tenant_id, dossier_id, type),
  foreign key (tenant_id, dossier_id) references dossier (tenant_id, id) on delete cascade
);

-- Per region and year: the last dossiernummer handed out (HVB-2026-000123).
create table dossier_nummering (
  tenant_id  uuid not null references regio (id),
  jaar       integer not null,
  laatste    integer not null,
  primary key (tenant_id, jaar)
);

-- Idempotency-Key of a create: the first request's dossier; a repeat returns it and creates nothing.
create table dossier_idempotentie (
  tenant_id   uuid not null references regio (id),
  sleutel     text not null,
  actor       text not null,
  dossier_id  uuid not null,
  aangemaakt_op timestamptz not null default now(),
  primary key (tenant_id, actor, sleutel)
);

alter table dossier enable row level security;
alter table dossier force row level security;
create policy tenant_isolation on dossier
  using (tenant_id = app_tenant()) with check (tenant_id = app_tenant());

alter table dossier_mijlpaal enable row level security;
alter table dossier_mijlpaal force row level security;
create policy tenant_isolation on dossier_mijlpaal
  using (tenant_id = app_tenant()) with check (tenant_id = app_tenant());

alter table dossier_nummering enable row level security;
alter table dossier_nummering force row level security;
create policy tenant_isolation on dossier_nummering
  using (tenant_id = app_tenant()) with check (tenant_id = app_tenant());

alter table dossier_idempotentie enable row level security;
alter table dossier_idempotentie force row level security;
create policy tenant_isolation on dossier_idempotentie
  using (tenant_id = app_tenant()) with check (tenant_id = app_tenant());

grant select, insert, update, delete on dossier, dossier_mijlpaal to ${appRole};
grant select, insert, update on dossier_nummering to ${appRole};
grant select, insert, delete on dossier_idempotentie to ${appRole};
