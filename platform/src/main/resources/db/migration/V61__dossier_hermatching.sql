-- Hermatchen (issue 11): a dossier moved by the regio-coördinator to another gemeente of the region keeps that move
-- in its history: from which gemeente to which, by whom (the pseudonymous actor of the audit log), when.
-- Part of the dossier: deleted with it (retention, purge). Conventions of V1/V30: tenant_id first, RLS forced.

create table dossier_hermatching (
  tenant_id        uuid not null,
  dossier_id       uuid not null,
  volgnummer       integer not null,
  van_gemeente     text not null check (van_gemeente ~ '^GM[0-9]{4}$'),
  naar_gemeente    text not null check (naar_gemeente ~ '^GM[0-9]{4}$'),
  door             text not null,
  op               timestamptz not null default now(),
  primary key (tenant_id, dossier_id, volgnummer),
  foreign key (tenant_id, dossier_id) references dossier (tenant_id, id) on delete cascade
);

alter table dossier_hermatching enable row level security;
alter table dossier_hermatching force row level security;
create policy tenant_isolation on dossier_hermatching
  using (tenant_id = app_tenant()) with check (tenant_id = app_tenant());

grant select, insert, delete on dossier_hermatching to ${appRole};
