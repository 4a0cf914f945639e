-- Issue 18: the overplaatsing of a dossier to another region (a dossier that landed in the wrong region). One
-- request is two rows with the same id, one in each region's tenant, written in one transaction: the sender's
-- (richting 'uitgaand', with the dossier, no personal data) and the receiver's ('inkomend', with the minimum she
-- needs to decide: the person's name and date of birth, the COA reference, azc, koppelingsdatum and the gemeente
-- asked for). Each side sees only its own row (RLS, as every tenant table): no policy spans two tenants.
-- The receiver's personal fields are cleared when the request is closed (bevestigd: the dossier itself has them
-- now; geweigerd, ingetrokken: she never needed them). The sender's row loses its dossier_id when the dossier
-- leaves (it is no longer the sender's); it keeps the old number and the answer. Conventions of V1/V30/V80:
-- tenant_id first in every key, RLS forced, explicit grants.

create table dossier_overplaatsing (
  tenant_id          uuid not null references regio (id),
  id                 uuid not null,
  richting           text not null check (richting in ('uitgaand', 'inkomend')),
  -- the other side: the receiving region of an uitgaand row, the sending one of an inkomend row
  andere_regio_id    uuid not null references regio (id),
  -- uitgaand: the dossier while it is here; inkomend: the dossier once it arrived (null before)
  dossier_id         uuid,
  dossiernummer      text not null,
  nieuw_dossiernummer text,
  gemeente_code      text not null check (gemeente_code ~ '^GM[0-9]{4}$'),
  azc_code           text not null check (azc_code ~ '^AZC-[A-Z0-9-]+$'),
  koppelingsdatum    date not null,
  -- inkomend only, while open: who it is about (nothing else of the dossier before confirmation)
  voornamen          text,
  achternaam         text,
  geboortedatum      date,
  coa_referentie     text,
  reden              text not null check (length(reden) between 1 and 500),
  status             text not null check (status in ('aangevraagd', 'bevestigd', 'geweigerd', 'ingetrokken')),
  antwoord           text check (antwoord is null or length(antwoord) <= 500),
  aangevraagd_door   text not null,
  aangevraagd_op     timestamptz not null,
  afgehandeld_door   text,
  afgehandeld_op     timestamptz,
  versie             integer not null default 1,
  primary key (tenant_id, id),
  foreign key (tenant_id, dossier_id) references dossier (tenant_id, id) on delete cascade,
  check (richting = 'inkomend' or (voornamen is null and achternaam is null and geboortedatum is null
    and coa_referentie is null)),
  check (status = 'aangevraagd' or (voornamen is null and achternaam is null and geboortedatum is null
    and coa_referentie is null))
);
-- one open request per dossier
create unique index dossier_overplaatsing_een_open on dossier_overplaatsing (tenant_id, dossier_id)
  where status = 'aangevraagd' and richting = 'uitgaand';
create index dossier_overplaatsing_lijst on dossier_overplaatsing (tenant_id, richting, aangevraagd_op desc, id);

alter table dossier_overplaatsing enable row level security;
alter table dossier_overplaatsing force row level security;
create policy tenant_isolation on dossier_overplaatsing
  using (tenant_id = app_tenant()) with check (tenant_id = app_tenant());

grant select, insert, update, delete on dossier_overplaatsing to ${appRole};

-- the dossier's own history gets a step for its arrival from another region (its earlier steps came with it)
alter table dossier_gebeurtenis drop constraint dossier_gebeurtenis_soort_check;
alter table dossier_gebeurtenis add constraint dossier_gebeurtenis_soort_check check (soort in ('aangemaakt',
  'gewijzigd', 'hermatcht', 'mijlpaal-afgerond', 'mijlpaal-gecorrigeerd', 'advies-gevraagd', 'gesloten',
  'gesprek-gepland', 'gesprek-gewijzigd', 'gesprek-verzet', 'gesprek-gehouden', 'gesprek-geannuleerd',
  'notitie-geschreven', 'notitie-gecorrigeerd', 'overgeplaatst'));
