-- Issue 15: the kennismaking and the driegesprekken as events of a dossier, not checkboxes. A gesprek is planned
-- (when, how, where, with whom from the gids, whether the inburgeraar takes part, a tolk and the language, for the
-- kennismaking a buddy), then held (who was there, a short note), moved (a new time: the invitation's SEQUENCE goes
-- up) or cancelled (with a reason). Holding it completes the milestone of its soort. Every step is also in the
-- dossier's own history (dossier_gebeurtenis). Part of the dossier: deleted with it (retention: cascade; purge and
-- export: by tenant_id), shown in the AVG inzage. Conventions of V1/V30: tenant_id first in every key, RLS forced,
-- explicit grants. No personal data of the inburgeraar here beyond what the dossier has: participants are gids ids.

create table dossier_gesprek (
  tenant_id              uuid not null,
  dossier_id             uuid not null,
  id                     uuid not null,
  -- the milestone it belongs to (a MijlpaalType code of a gesprek)
  soort                  text not null check (soort in ('kennismaking', 'driegesprek', 'driegesprek-voor-verhuizing')),
  status                 text not null default 'gepland' check (status in ('gepland', 'gehouden', 'geannuleerd')),
  begint_op              timestamptz not null,
  eindigt_op             timestamptz not null,
  -- GesprekVorm codes
  vorm                   text not null check (vorm in ('online', 'in-de-gemeente', 'op-het-azc', 'kop-koffie')),
  -- the place, or for an online gesprek its link
  locatie                text check (locatie is null or length(locatie) <= 500),
  -- contactpersonengids ids of the professionals taking part (national data: no foreign key across the boundary)
  deelnemers             uuid[] not null default '{}',
  inburgeraar_neemt_deel boolean not null default true,
  tolk_nodig             boolean not null default false,
  taal                   text check (taal is null or taal ~ '^[a-z]{3}$'),
  -- for the kennismaking only: the gemeente's buddy (a gids id)
  buddy_id               uuid,
  -- the invitation's SEQUENCE (RFC 5545): up by one with every change sent out again (moved, changed, cancelled)
  volgnummer             integer not null default 0,
  -- gehouden: who of the participants was there, whether the inburgeraar was, a short note
  aanwezig               uuid[],
  inburgeraar_aanwezig   boolean,
  verslag                text check (verslag is null or length(verslag) <= 500),
  -- geannuleerd: why
  annuleringsreden       text check (annuleringsreden is null or length(annuleringsreden) <= 500),
  versie                 integer not null default 1,
  aangemaakt_op          timestamptz not null default now(),
  bijgewerkt_op          timestamptz not null default now(),
  primary key (tenant_id, dossier_id, id),
  foreign key (tenant_id, dossier_id) references dossier (tenant_id, id) on delete cascade,
  check (eindigt_op > begint_op),
  check (soort = 'kennismaking' or buddy_id is null),
  check (vorm = 'online' or locatie is not null),
  check (status <> 'geannuleerd' or annuleringsreden is not null),
  check (status <> 'gehouden' or (aanwezig is not null and inburgeraar_aanwezig is not null))
);

-- one gesprek by its id within the tenant (the API's path names the dossier too, the id is unique on its own)
create unique index dossier_gesprek_id on dossier_gesprek (tenant_id, id);
-- the werkvoorraad: a dossier's gesprekken still planned, up to the end of the week
create index dossier_gesprek_gepland on dossier_gesprek (tenant_id, dossier_id, begint_op) where status = 'gepland';

alter table dossier_gesprek enable row level security;
alter table dossier_gesprek force row level security;
create policy tenant_isolation on dossier_gesprek
  using (tenant_id = app_tenant()) with check (tenant_id = app_tenant());

grant select, insert, update, delete on dossier_gesprek to ${appRole};
