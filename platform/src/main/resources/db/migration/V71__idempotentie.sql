-- One Idempotency-Key mechanism for every POST that changes something (issue 12; docs/api.md "Idempotency-Key").
-- A key belongs to a scope (the region's tenant for region paths, platform_tenant() for national resources such
-- as the gids and the azc-locaties, as in audit_record and outbox), an actor (issuer|subject of the token) and
-- the key itself. It holds the request hash (method, path, canonical body) and the first answer's status,
-- Location and ETag: never its body, which may hold names. It is claimed in the transaction of the change, so a
-- change never exists without its key nor a key without its change. Keys older than 24 h no longer count and are
-- removed by a scheduled clean-up; a region's purge removes its keys with its other tenant rows.
create table idempotentie (
  tenant_id      uuid        not null default coalesce(app_tenant(), platform_tenant()),
  actor          text        not null,
  sleutel        text        not null,
  verzoek_hash   text,       -- null only for keys migrated from before V71 (their bodies were not hashed)
  status         int,
  locatie        text,
  etag           text,
  aangemaakt_op  timestamptz not null,
  primary key (tenant_id, actor, sleutel)
);
create index idempotentie_aangemaakt_op on idempotentie (aangemaakt_op);

alter table idempotentie enable row level security;
alter table idempotentie force row level security;
create policy tenant_isolation on idempotentie
  using (tenant_id = coalesce(app_tenant(), platform_tenant()))
  with check (tenant_id = coalesce(app_tenant(), platform_tenant()));

grant select, insert, update, delete on idempotentie to ${appRole};

-- The clean-up looks across tenants (it removes, it returns a count only), so it runs as the owner.
do $$ begin
  execute format('create policy eigenaar_opruimen on idempotentie to %I using (true) with check (true)', current_user);
end $$;

create function idempotentie_verwijder_verlopen(voor timestamptz) returns bigint
  language sql security definer set search_path = public, pg_temp
  as $$
    with weg as (delete from idempotentie where aangemaakt_op < voor returning 1) select count(*) from weg
  $$;
revoke all on function idempotentie_verwijder_verlopen(timestamptz) from public;
grant execute on function idempotentie_verwijder_verlopen(timestamptz) to ${appRole};

-- The three old tables move in, as far as they can. The gids' keys: national, actor as today, the created
-- resource's Location and its first version's ETag.
insert into idempotentie (tenant_id, actor, sleutel, verzoek_hash, status, locatie, etag, aangemaakt_op)
select platform_tenant(), actor, sleutel, null, 201,
       case resource_type when 'organisatie' then '/api/v1/organisaties/' else '/api/v1/contactpersonen/' end
         || resource_id, '"1"', aangemaakt_op
from gids_idempotentie
where resource_type in ('organisatie', 'contactpersoon')
on conflict do nothing;

-- (dossier_idempotentie has forced RLS; this migration, as its owner, reads all of it once.)
alter table dossier_idempotentie no force row level security;

-- The dossiers' keys: actor was the subject alone, in the region's own realm; the issuer is the region's.
insert into idempotentie (tenant_id, actor, sleutel, verzoek_hash, status, locatie, etag, aangemaakt_op)
select k.tenant_id, r.issuer || '|' || k.actor, k.sleutel, null, 201,
       '/api/v1/regios/' || r.slug || '/dossiers/' || k.dossier_id, '"1"', k.aangemaakt_op
from dossier_idempotentie k join regio r on r.id = k.tenant_id
on conflict do nothing;

-- The agreements' keys had no actor (one key per region): they cannot be given one, so they are not copied; a
-- repeat of such a key within 24 h of V71 is a new request. Their first answers' bodies go with the table.
drop table gids_idempotentie;
drop table dossier_idempotentie;
drop table samenwerkingsafspraak_idempotentie;
