-- Issue 14: the dossier's own history. Every step taken in a dossier (created, changed, re-matched, a milestone
-- completed or corrected, the advice asked again, closed), when, and the NAME of whoever took it, as the token gave
-- it at the time: people read names, not pseudonyms. The audit log keeps the pseudonymous subject and no name; this
-- table is part of the dossier: deleted with it (retention: cascade; purge and export: by tenant_id), and shown in
-- the AVG inzage. Conventions of V1/V30: tenant_id first in every key, RLS forced, explicit grants.

create table dossier_gebeurtenis (
  tenant_id     uuid not null,
  dossier_id    uuid not null,
  volgnummer    integer not null,
  op            timestamptz not null,
  soort         text not null check (soort in ('aangemaakt', 'gewijzigd', 'hermatcht', 'mijlpaal-afgerond',
                  'mijlpaal-gecorrigeerd', 'advies-gevraagd', 'gesloten')),
  -- the milestone (a MijlpaalType code) for mijlpaal-afgerond / mijlpaal-gecorrigeerd
  mijlpaal      text,
  -- the milestone's completion date before and after (a correction: after is null when it was undone)
  oude_datum    date,
  nieuwe_datum  date,
  -- a code before and after where the step changed one (hermatcht: the gemeenten; a status that followed)
  oud           text,
  nieuw         text,
  -- why a completed milestone was corrected (required for a correction)
  reden         text check (reden is null or length(reden) <= 500),
  -- the display name of whoever took the step, from the token at the time (null when the token had none)
  door_naam     text check (door_naam is null or length(door_naam) <= 200),
  primary key (tenant_id, dossier_id, volgnummer),
  foreign key (tenant_id, dossier_id) references dossier (tenant_id, id) on delete cascade,
  check (soort <> 'mijlpaal-gecorrigeerd' or (mijlpaal is not null and reden is not null))
);

alter table dossier_gebeurtenis enable row level security;
alter table dossier_gebeurtenis force row level security;
create policy tenant_isolation on dossier_gebeurtenis
  using (tenant_id = app_tenant()) with check (tenant_id = app_tenant());

-- append-only for the application: the history of a dossier is not rewritten (it goes with the dossier)
grant select, insert, delete on dossier_gebeurtenis to ${appRole};
