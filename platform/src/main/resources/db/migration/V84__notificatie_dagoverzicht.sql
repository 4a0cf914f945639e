-- Issue 17: the daily digest (dagoverzicht) of the notificaties a recipient wants once a day (bezorging 'dagelijks').
-- Every day at doorlopendelijn.notificaties.mail.dagoverzicht-tijdstip the mail part makes, per region and per
-- recipient with such notificaties not yet in a digest, one row here and marks those notificaties with its id, in one
-- tenant transaction that also publishes DagoverzichtTeMailen through the outbox; its listener sends one mail with
-- the Message-ID <id@doorlopendelijn.nl> and sets gemaild_op. One digest per recipient and day (the unique key: a
-- second run the same day, another replica's, makes none). Ids and a date only: no personal data. Conventions of
-- V1/V30/V76/V80: tenant_id first in every key, RLS forced, explicit grants.

create table notificatie_dagoverzicht (
  tenant_id      uuid not null,
  id             uuid not null,
  -- the recipient: a contactpersoon (gids entry, national), as notificatie.ontvanger_id
  ontvanger_id   uuid not null,
  datum          date not null,
  aangemaakt_op  timestamptz not null,
  gemaild_op     timestamptz,
  primary key (tenant_id, id),
  unique (tenant_id, ontvanger_id, datum)
);

alter table notificatie_dagoverzicht enable row level security;
alter table notificatie_dagoverzicht force row level security;
create policy tenant_isolation on notificatie_dagoverzicht
  using (tenant_id = app_tenant()) with check (tenant_id = app_tenant());

-- mailed (update); deleted only with its region (purge)
grant select, insert, update, delete on notificatie_dagoverzicht to ${appRole};

-- the digest a notificatie went out in (null: none yet); a notificatie goes away with its dossier, its digest stays
alter table notificatie add column dagoverzicht_id uuid;
alter table notificatie add foreign key (tenant_id, dagoverzicht_id)
  references notificatie_dagoverzicht (tenant_id, id);
-- what the daily job looks for
create index notificatie_voor_dagoverzicht on notificatie (tenant_id, ontvanger_id)
  where bezorging = 'dagelijks' and dagoverzicht_id is null;
create index notificatie_per_dagoverzicht on notificatie (tenant_id, dagoverzicht_id)
  where dagoverzicht_id is not null;
