-- The shared contactpersonengids: organisations and the people who make the warme overdracht work.
-- National data, the same for every region (like azc_locatie): no tenant_id and no row-level security.
-- Every change goes through the application, which checks edit rights, optimistic locking (versie) and writes a
-- platform audit record in the same transaction.

-- Accent- and case-insensitive search. Both extensions are "trusted" (PostgreSQL 13+), so the database owner may
-- create them; on a managed server an administrator may have created them already.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE (its dictionary could change), so it cannot be used in an index or generated column.
-- This wrapper names the dictionary explicitly and is declared IMMUTABLE: the standard way to index unaccented text.
create function f_unaccent(text) returns text
  language sql immutable parallel safe strict
  as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- The one normal form for search text and search terms: no accents, lower case.
create function f_zoeknorm(text) returns text
  language sql immutable parallel safe strict
  as $$ select lower(public.f_unaccent($1)) $$;

create table organisatie (
  id             uuid primary key,
  type           text not null check (type in ('gemeente', 'azc', 'coa-regiokantoor', 'partner')),
  naam           text not null check (length(naam) between 1 and 200),
  cbs_code       text unique check (cbs_code ~ '^GM[0-9]{4}$'),
  azc_code       text unique references azc_locatie (code),
  coa_regio      text,
  partner_soort  text,
  -- slugs of the regions the organisation serves (partners: decides which regio-coördinators may edit)
  regios         text[] not null default '{}',
  actief         boolean not null default true,
  versie         integer not null default 1,
  aangemaakt_op  timestamptz not null default now(),
  bijgewerkt_op  timestamptz not null default now(),
  zoeknaam       text generated always as (f_zoeknorm(naam)) stored,
  check ((type = 'gemeente') = (cbs_code is not null)),
  check ((type = 'azc') = (azc_code is not null)),
  check ((type = 'coa-regiokantoor') = (coa_regio is not null))
);
create index organisatie_zoeknaam_trgm on organisatie using gin (zoeknaam gin_trgm_ops);
create index organisatie_regios on organisatie using gin (regios);

create table contactpersoon (
  id               uuid primary key,
  organisatie_id   uuid not null references organisatie (id),
  naam             text not null check (length(naam) between 1 and 200),
  functie          text not null check (length(functie) between 1 and 100),
  -- work contact details only, never private ones
  email            text,
  telefoon         text,
  regios           text[] not null default '{}',
  gemeenten        text[] not null default '{}',
  getraind_op      date,
  beschikbaar      boolean not null default true,
  talen            text[] not null default '{}',
  actief           boolean not null default true,
  gedeactiveerd_op timestamptz,
  versie           integer not null default 1,
  aangemaakt_op    timestamptz not null default now(),
  bijgewerkt_op    timestamptz not null default now(),
  -- name, function and organisation name in search form; kept by the application (the organisation name lives
  -- in another table, so it cannot be a generated column)
  zoektekst        text not null,
  zoeknaam         text generated always as (f_zoeknorm(naam)) stored,
  zoekvector       tsvector generated always as (to_tsvector('simple', zoektekst)) stored
);
-- full text (whole words and prefixes) and trigrams (parts of words, small typos)
create index contactpersoon_zoekvector on contactpersoon using gin (zoekvector);
create index contactpersoon_zoektekst_trgm on contactpersoon using gin (zoektekst gin_trgm_ops);
create index contactpersoon_zoeknaam on contactpersoon (zoeknaam, id);
create index contactpersoon_organisatie on contactpersoon (organisatie_id);
create index contactpersoon_regios on contactpersoon using gin (regios);
create index contactpersoon_gemeenten on contactpersoon using gin (gemeenten);
create index contactpersoon_talen on contactpersoon using gin (talen);

-- Idempotency-Key of creates: the same key from the same caller returns the resource created the first time.
create table gids_idempotentie (
  actor          text not null,
  sleutel        text not null,
  resource_type  text not null,
  resource_id    uuid not null,
  aangemaakt_op  timestamptz not null default now(),
  primary key (actor, sleutel)
);

grant select, insert, update on organisatie, contactpersoon to ${appRole};
grant select, insert on gids_idempotentie to ${appRole};
grant execute on function f_unaccent(text), f_zoeknorm(text) to ${appRole};
