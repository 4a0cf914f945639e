-- Foundation schema: the region registry, national reference data, the first tenant tables and the audit log.
--
-- Conventions (docs/adr/0001-tenancy-rls.md):
--  * a tenant table has tenant_id as the FIRST column of its primary key and of every foreign key to another
--    tenant table, so that Citus can distribute all of them by tenant_id and co-locate their joins;
--  * every tenant table has ROW LEVEL SECURITY, FORCEd so that even its owner is subject to it;
--  * the application role (${appRole}) owns nothing, has NOBYPASSRLS and gets only the grants below.

-- The tenant bound to the current transaction, or NULL when none is bound (then policies match no row).
create function app_tenant() returns uuid
  language sql stable parallel safe
  as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;

-- Audit records of platform-level actions (onboarding, reference data) belong to this pseudo-tenant.
create function platform_tenant() returns uuid
  language sql immutable parallel safe
  as $$ select '00000000-0000-0000-0000-000000000000'::uuid $$;

-- The region registry: which regions exist and which issuer each one trusts. No personal data;
-- read at start-up to build the list of trusted issuers, so it is not itself tenant-scoped.
create table regio (
  id          uuid primary key,
  slug        text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  naam        text not null,
  issuer      text not null unique,
  bron        text not null check (bron in ('descriptor', 'api')),
  status      text not null default 'actief' check (status in ('actief', 'gedeactiveerd', 'verwijderd')),
  descriptor  jsonb not null,
  aangemaakt_op  timestamptz not null default now(),
  bijgewerkt_op  timestamptz not null default now()
);

-- National reference data, shared by every region: the COA reception centres.
create table azc_locatie (
  code       text primary key check (code ~ '^AZC-[A-Z0-9-]+$'),
  naam       text not null,
  plaats     text not null,
  coa_regio  text not null,
  actief     boolean not null default true
);

-- Tenant table: the gemeenten of a region (membership is configuration, synchronised from the descriptor).
create table regio_gemeente (
  tenant_id  uuid not null references regio (id),
  cbs_code   text not null check (cbs_code ~ '^GM[0-9]{4}$'),
  naam       text not null,
  primary key (tenant_id, cbs_code)
);

-- Tenant table: the azc-locaties a region works with.
create table regio_azc (
  tenant_id  uuid not null references regio (id),
  azc_code   text not null references azc_locatie (code),
  regionaal  boolean not null default false,
  primary key (tenant_id, azc_code)
);

-- Append-only audit log (BIO 8.15.01, Logboek Dataverwerkingen). Holds no personal data and no foreign key to
-- what it describes, so records outlive the dossiers and even the tenant they are about.
create table audit_record (
  tenant_id      uuid not null,
  id             bigint generated always as identity,
  tijdstip       timestamptz not null default clock_timestamp(),
  actor          text not null,
  actor_issuer   text,
  actie          text not null,
  object_type    text not null,
  object_ids     text[] not null default '{}',
  resultaat      text not null,
  herkomst       text,
  trace_id       text,
  verwerkingsactiviteit text,
  primary key (tenant_id, id)
);
create index audit_record_object on audit_record using gin (object_ids);
create index audit_record_tijdstip on audit_record (tenant_id, tijdstip);

-- Row-level security on every tenant table.
alter table regio_gemeente enable row level security;
alter table regio_gemeente force row level security;
create policy tenant_isolation on regio_gemeente
  using (tenant_id = app_tenant()) with check (tenant_id = app_tenant());

alter table regio_azc enable row level security;
alter table regio_azc force row level security;
create policy tenant_isolation on regio_azc
  using (tenant_id = app_tenant()) with check (tenant_id = app_tenant());

-- Audit: a region's records within its transaction; platform records when no region is bound.
alter table audit_record enable row level security;
alter table audit_record force row level security;
create policy tenant_isolation on audit_record
  using (tenant_id = coalesce(app_tenant(), platform_tenant()))
  with check (tenant_id = coalesce(app_tenant(), platform_tenant()));

-- Retention of audit records is the owner's job (a scheduled task run as the owner), never the application's:
-- only the role that ran this migration may delete, through this policy and function.
do $$ begin
  execute format('create policy eigenaar_retentie on audit_record to %I using (true) with check (true)', current_user);
end $$;
create function audit_retentie(bewaar interval) returns bigint
  language sql
  as $$
  with verwijderd as (delete from audit_record where tijdstip < now() - bewaar returning 1)
  select count(*) from verwijderd
$$;
revoke all on function audit_retentie(interval) from public;

-- Grants for the application role: no ownership, no DDL, no UPDATE/DELETE on the audit log.
grant usage on schema public to ${appRole};
grant select, insert, update on regio to ${appRole};
grant select on azc_locatie to ${appRole};
grant select, insert, update, delete on regio_gemeente, regio_azc to ${appRole};
grant select, insert on audit_record to ${appRole};
grant execute on function app_tenant(), platform_tenant() to ${appRole};
