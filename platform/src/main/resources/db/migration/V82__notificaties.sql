-- Issue 17: notificaties. What happened that a user of the gids should know about (a new dossier for her gemeente, a
-- gesprek planned with her, a milestone overdue, a move without klantprofiel-update, a klantprofiel bijgewerkt), one
-- row per recipient: a contactpersonengids entry whose link to a user is confirmed (V75). Written by the
-- notificaties module when it hears the dossiers' outbox events; the in-app list shows every row, the recipient's
-- preference (below) governs e-mail only. Ids, codes and the dossier number only: no personal data of the
-- inburgeraar, no names. Part of the dossier: deleted with it (retention: cascade; purge and export: by tenant_id,
-- never in the export), and shown in the AVG inzage through its dossier_id. Conventions of V1/V30/V76/V80:
-- tenant_id first in every key, RLS forced, explicit grants.

create table notificatie (
  tenant_id       uuid not null,
  id              uuid not null,
  -- the recipient: a contactpersoon (gids entry, national) with a confirmed link
  ontvanger_id    uuid not null,
  soort           text not null check (soort in ('nieuw-dossier', 'gesprek-gepland', 'mijlpaal-te-laat',
                    'verhuizing-zonder-klantprofiel', 'klantprofiel-bijgewerkt')),
  dossier_id      uuid not null,
  -- the dossier's number as it was (the only thing of the dossier a mail may name)
  dossier_nummer  text not null,
  gesprek_id      uuid,
  -- the milestone (a MijlpaalType code) for mijlpaal-te-laat
  mijlpaal        text,
  -- the outbox event that caused it: a redelivered event creates nothing twice (the unique key below)
  gebeurtenis_id  uuid not null,
  -- the recipient's preference for this soort when the row was made (direct: a NotificatieTeMailen was published)
  bezorging       text not null check (bezorging in ('direct', 'dagelijks', 'uit')),
  aangemaakt_op   timestamptz not null,
  gelezen_op      timestamptz,
  gemaild_op      timestamptz,
  primary key (tenant_id, id),
  unique (tenant_id, gebeurtenis_id, ontvanger_id),
  foreign key (tenant_id, dossier_id) references dossier (tenant_id, id) on delete cascade
);
-- the list of a recipient, newest first, and her unread count
create index notificatie_per_ontvanger on notificatie (tenant_id, ontvanger_id, aangemaakt_op desc, id);
create index notificatie_ongelezen on notificatie (tenant_id, ontvanger_id) where gelezen_op is null;
create index notificatie_per_dossier on notificatie (tenant_id, dossier_id);

alter table notificatie enable row level security;
alter table notificatie force row level security;
create policy tenant_isolation on notificatie
  using (tenant_id = app_tenant()) with check (tenant_id = app_tenant());

-- marked read and mailed (update); delete only goes with its dossier (retention, purge)
grant select, insert, update, delete on notificatie to ${appRole};

-- How a gids entry wants each soort delivered by e-mail: direct, in the daily digest, or not (in-app only). A missing
-- row means 'direct'. National like the gids it belongs to (V10): no tenant, no row-level security; a change is
-- audited as a platform record by the application.
create table notificatievoorkeur (
  ontvanger_id  uuid not null references contactpersoon (id),
  soort         text not null check (soort in ('nieuw-dossier', 'gesprek-gepland', 'mijlpaal-te-laat',
                  'verhuizing-zonder-klantprofiel', 'klantprofiel-bijgewerkt')),
  bezorging     text not null check (bezorging in ('direct', 'dagelijks', 'uit')),
  gewijzigd_op  timestamptz not null,
  primary key (ontvanger_id, soort)
);

grant select, insert, update, delete on notificatievoorkeur to ${appRole};
