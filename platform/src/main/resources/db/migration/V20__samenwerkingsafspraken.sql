-- Samenwerkingsafspraken (agreements) between the gemeenten of a region and an azc. Tenant tables, following V1:
-- tenant_id first in every primary and foreign key, RLS enabled and forced, explicit grants.
--
-- One row of samenwerkingsafspraak is one VERSION of an agreement; afspraak_id groups the versions of one
-- agreement (it equals the id of its first version). Only one version of an agreement is open (concept or
-- ter-ondertekening) at a time; the version in force is the one with status actief.

create table samenwerkingsafspraak (
  tenant_id          uuid not null references regio (id),
  id                 uuid not null,
  afspraak_id        uuid not null,
  versienummer       int  not null check (versienummer >= 1),
  vorige_versie_id   uuid,
  status             text not null check (status in ('concept', 'ter-ondertekening', 'actief', 'beeindigd', 'vervangen')),
  azc_code           text not null references azc_locatie (code),
  scenario           text not null check (scenario in ('snelle-start', 'gecombineerde-aanpak', 'start-na-verhuizing', 'mengvorm')),
  mengvorm_omschrijving text,
  dagen_tot_kennismaking int not null,
  driegesprek_anker  text not null check (driegesprek_anker in ('na-koppeling', 'voor-verhuizing')),
  driegesprek_dagen  int  not null,
  klantprofiel_update_dagen_voor_verhuizing int not null,
  brede_intake_en_pip_voor_verhuizing boolean not null,
  voorinburgering_aangeboden boolean not null,
  rustperiode_rond_verhuizing_dagen int not null,
  geldig_vanaf       date not null,
  geldig_tot         date,
  afspraken          text,
  beeindigingsreden  text,
  beeindigd_op       timestamptz,
  geactiveerd_op     timestamptz,
  versie             int not null default 1,
  aangemaakt_op      timestamptz not null default clock_timestamp(),
  gewijzigd_op       timestamptz not null default clock_timestamp(),
  primary key (tenant_id, id),
  unique (tenant_id, afspraak_id, versienummer),
  foreign key (tenant_id, vorige_versie_id) references samenwerkingsafspraak (tenant_id, id),
  check (scenario <> 'mengvorm' or mengvorm_omschrijving is not null),
  check (geldig_tot is null or geldig_tot >= geldig_vanaf)
);
-- At most one open (not yet active) version per agreement: two parallel changes of an active version cannot both
-- start a new one.
create unique index samenwerkingsafspraak_een_open_versie on samenwerkingsafspraak (tenant_id, afspraak_id)
  where status in ('concept', 'ter-ondertekening');
-- At most one version in force per agreement.
create unique index samenwerkingsafspraak_een_actieve_versie on samenwerkingsafspraak (tenant_id, afspraak_id)
  where status = 'actief';
-- The COA access check (every COA request) and the list filter by azc.
create index samenwerkingsafspraak_azc on samenwerkingsafspraak (tenant_id, azc_code, status);
create index samenwerkingsafspraak_lijst on samenwerkingsafspraak (tenant_id, aangemaakt_op, id);

-- The parties of a version: every gemeente, and the azc. The contact is a directory entry, referenced by id only
-- (the directory is national data of another module; no foreign key on purpose).
create table samenwerkingsafspraak_partij (
  tenant_id          uuid not null,
  afspraak_versie_id uuid not null,
  partij_code        text not null,
  soort              text not null check (soort in ('gemeente', 'azc')),
  contactpersoon_id  uuid not null,
  ondertekend_door   text,
  ondertekend_op     timestamptz,
  primary key (tenant_id, afspraak_versie_id, partij_code),
  foreign key (tenant_id, afspraak_versie_id) references samenwerkingsafspraak (tenant_id, id),
  check ((ondertekend_door is null) = (ondertekend_op is null))
);
create index samenwerkingsafspraak_partij_code on samenwerkingsafspraak_partij (tenant_id, partij_code);
create index samenwerkingsafspraak_partij_contact on samenwerkingsafspraak_partij (tenant_id, contactpersoon_id);

-- Signals on a version, e.g. a party's contact left their organisation.
create table samenwerkingsafspraak_signaal (
  tenant_id          uuid not null,
  id                 uuid not null,
  afspraak_versie_id uuid not null,
  soort              text not null check (soort in ('contactpersoon-vertrokken')),
  partij_code        text not null,
  contactpersoon_id  uuid not null,
  ontstaan_op        timestamptz not null default clock_timestamp(),
  afgehandeld_op     timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, afspraak_versie_id) references samenwerkingsafspraak (tenant_id, id)
);
create unique index samenwerkingsafspraak_signaal_open on samenwerkingsafspraak_signaal
  (tenant_id, afspraak_versie_id, soort, partij_code, contactpersoon_id) where afgehandeld_op is null;

-- History: every change of an agreement (any version), with the values before and after (jsonb).
create table samenwerkingsafspraak_wijziging (
  tenant_id          uuid not null,
  id                 bigint generated always as identity,
  afspraak_id        uuid not null,
  afspraak_versie_id uuid not null,
  tijdstip           timestamptz not null default clock_timestamp(),
  door               text not null,
  actie              text not null,
  oud                jsonb,
  nieuw              jsonb,
  primary key (tenant_id, id),
  foreign key (tenant_id, afspraak_versie_id) references samenwerkingsafspraak (tenant_id, id)
);
create index samenwerkingsafspraak_wijziging_afspraak on samenwerkingsafspraak_wijziging (tenant_id, afspraak_id, id);

-- Idempotency keys of creates: a repeat of a key returns the stored first answer.
create table samenwerkingsafspraak_idempotentie (
  tenant_id          uuid not null,
  sleutel            text not null,
  verzoek_hash       text not null,
  afspraak_versie_id uuid,
  antwoord           text,  -- the exact first response body (text, not jsonb: byte-identical on repeat)
  aangemaakt_op      timestamptz not null default clock_timestamp(),
  primary key (tenant_id, sleutel)
);

do $$
declare t text;
begin
  foreach t in array array['samenwerkingsafspraak', 'samenwerkingsafspraak_partij', 'samenwerkingsafspraak_signaal',
                           'samenwerkingsafspraak_wijziging', 'samenwerkingsafspraak_idempotentie'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = app_tenant()) with check (tenant_id = app_tenant())', t);
  end loop;
end $$;

grant select, insert, update on samenwerkingsafspraak, samenwerkingsafspraak_signaal,
  samenwerkingsafspraak_idempotentie to ${appRole};
-- Parties of a concept are replaced as a whole when the concept is edited.
grant select, insert, update, delete on samenwerkingsafspraak_partij to ${appRole};
-- History is append-only for the application.
grant select, insert on samenwerkingsafspraak_wijziging to ${appRole};
