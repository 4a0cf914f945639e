-- Issue 15 (Werkplek 2/2): the contactlog. Short notes per dossier between COA and gemeente: who (the token's
-- issuer + subject, and the name and organisation it wrote for, by name, as at the time), when, about what
-- (onderwerp) and what (tekst). Notes may touch health data (AVG art. 9): they are part of the dossier (deleted
-- with it: cascade; purge and export by tenant_id; shown in the AVG inzage through their dossier_id), never
-- searched, never in the dossier's history, the audit log or a log line. Only the author corrects a note; the
-- earlier text is kept in dossier_notitie_versie; nothing is deleted on its own. Conventions of V1/V30/V76:
-- tenant_id first in every key, RLS forced, explicit grants.

create table dossier_notitie (
  tenant_id          uuid not null,
  id                 uuid not null,
  dossier_id         uuid not null,
  geschreven_op      timestamptz not null,
  -- the author: the token's issuer and pseudonymous subject (who may correct), and the name it carried
  auteur_issuer      text not null,
  auteur             text not null,
  auteur_naam        text check (auteur_naam is null or length(auteur_naam) <= 200),
  -- the organisation the author wrote for: their gemeente, their azc (COA) or the region (coördinator)
  organisatie_soort  text not null check (organisatie_soort in ('gemeente', 'azc', 'regio')),
  organisatie_code   text not null,
  organisatie_naam   text not null check (length(organisatie_naam) <= 200),
  onderwerp          text not null check (length(onderwerp) between 1 and 120),
  tekst              text not null check (length(tekst) between 1 and 2000),
  versie             integer not null default 1,
  gecorrigeerd_op    timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, dossier_id) references dossier (tenant_id, id) on delete cascade
);
create index dossier_notitie_per_dossier on dossier_notitie (tenant_id, dossier_id, geschreven_op desc, id);

-- the earlier versions of a corrected note: what it said before each correction, and since when it said so
create table dossier_notitie_versie (
  tenant_id      uuid not null,
  dossier_id     uuid not null,
  notitie_id     uuid not null,
  versie         integer not null,
  onderwerp      text not null check (length(onderwerp) between 1 and 120),
  tekst          text not null check (length(tekst) between 1 and 2000),
  geschreven_op  timestamptz not null,
  vervangen_op   timestamptz not null,
  primary key (tenant_id, notitie_id, versie),
  foreign key (tenant_id, notitie_id) references dossier_notitie (tenant_id, id) on delete cascade,
  foreign key (tenant_id, dossier_id) references dossier (tenant_id, id) on delete cascade
);

alter table dossier_notitie enable row level security;
alter table dossier_notitie force row level security;
create policy tenant_isolation on dossier_notitie
  using (tenant_id = app_tenant()) with check (tenant_id = app_tenant());
alter table dossier_notitie_versie enable row level security;
alter table dossier_notitie_versie force row level security;
create policy tenant_isolation on dossier_notitie_versie
  using (tenant_id = app_tenant()) with check (tenant_id = app_tenant());

-- a note is corrected (update), never deleted by the application; delete only goes with its dossier (purge)
grant select, insert, update, delete on dossier_notitie to ${appRole};
grant select, insert, delete on dossier_notitie_versie to ${appRole};

-- a note is activity for the stilval rule: the day of the dossier's latest note, kept in the note's transaction
alter table dossier add column laatste_notitie_op date;

-- the dossier's own history gets the contactlog's steps, without the note's text or onderwerp (the list keeps every
-- step before it, the gesprekken' of V79 too: the constraint is replaced whole)
alter table dossier_gebeurtenis drop constraint dossier_gebeurtenis_soort_check;
alter table dossier_gebeurtenis add constraint dossier_gebeurtenis_soort_check check (soort in ('aangemaakt',
  'gewijzigd', 'hermatcht', 'mijlpaal-afgerond', 'mijlpaal-gecorrigeerd', 'advies-gevraagd', 'gesloten',
  'gesprek-gepland', 'gesprek-gewijzigd', 'gesprek-verzet', 'gesprek-gehouden', 'gesprek-geannuleerd',
  'notitie-geschreven', 'notitie-gecorrigeerd'));
