-- Least privilege (issue 20). The application role no longer writes what the token check and the whole country
-- rely on: regio (its issuer decides which tokens are a region's), the national azc_locatie, and the history of the
-- agreements (versions and their change log; nothing deletes it, only the purge of a deactivated region). Each
-- write it still needs is one narrow function, SECURITY DEFINER (it runs as the owner of the schema), that does
-- exactly that one thing and checks its own precondition; the application audits each call as before
-- (regio.onboarden, regio.deactiveren, regio.verwijderen, azc-locatie.aanmaken, azc-locatie.wijzigen). RLS still
-- holds inside them: the tables force it on their owner too, and the purge runs in the region's own transaction.

revoke insert, update, delete on regio from ${appRole};
revoke insert, update, delete on azc_locatie from ${appRole};
revoke delete on samenwerkingsafspraak, samenwerkingsafspraak_signaal, samenwerkingsafspraak_wijziging
  from ${appRole};
revoke update on samenwerkingsafspraak_wijziging from ${appRole};

-- A region onboarded through the API (bron 'api'); true when it is new.
create function regio_aanmelden(p_id uuid, p_slug text, p_naam text, p_issuer text, p_descriptor jsonb)
  returns boolean language plpgsql security definer set search_path = public, pg_temp as $$
begin
  insert into regio (id, slug, naam, issuer, bron, descriptor)
  values (p_id, p_slug, p_naam, p_issuer, 'api', p_descriptor)
  on conflict do nothing;
  return found;
end $$;

-- A region from its descriptor file (bron 'descriptor'), at start-up: new, or its name, issuer or descriptor changed.
-- A region onboarded through the API is never touched from a file.
create function regio_uit_descriptor(p_id uuid, p_slug text, p_naam text, p_issuer text, p_descriptor jsonb)
  returns void language sql security definer set search_path = public, pg_temp as $$
  insert into regio (id, slug, naam, issuer, bron, descriptor)
  values (p_id, p_slug, p_naam, p_issuer, 'descriptor', p_descriptor)
  on conflict (id) do update set naam = excluded.naam, issuer = excluded.issuer,
      descriptor = excluded.descriptor, bijgewerkt_op = now()
    where regio.bron = excluded.bron
      and (regio.naam, regio.issuer, regio.descriptor) is distinct from (excluded.naam, excluded.issuer, excluded.descriptor)
$$;

-- Deactivation of an active, onboarded region; true when it was deactivated now.
create function regio_deactiveren(p_slug text)
  returns boolean language plpgsql security definer set search_path = public, pg_temp as $$
begin
  update regio set status = 'gedeactiveerd', bijgewerkt_op = now()
  where slug = p_slug and bron = 'api' and status = 'actief';
  return found;
end $$;

-- The end of a purge: a deactivated, onboarded region is marked removed; true when it was.
create function regio_verwijderd(p_id uuid)
  returns boolean language plpgsql security definer set search_path = public, pg_temp as $$
begin
  update regio set status = 'verwijderd', bijgewerkt_op = now()
  where id = p_id and bron = 'api' and status = 'gedeactiveerd';
  return found;
end $$;

-- The purge of a deactivated, onboarded region empties its agreement history, one table at a time (the purge's
-- order of tables); nothing else may. Only these tables, only this region, only when it is deactivated.
create function regio_afspraken_legen(p_id uuid, p_tabel text)
  returns bigint language plpgsql security definer set search_path = public, pg_temp as $$
declare
  aantal bigint;
begin
  if p_tabel not in ('samenwerkingsafspraak', 'samenwerkingsafspraak_signaal', 'samenwerkingsafspraak_wijziging') then
    raise exception 'geen tabel van de afsprakenhistorie: %', p_tabel using errcode = '42501';
  end if;
  if not exists (select 1 from regio where id = p_id and bron = 'api' and status = 'gedeactiveerd') then
    raise exception 'alleen een gedeactiveerde, via de API aangemelde regio' using errcode = '42501';
  end if;
  execute format('delete from %I where tenant_id = $1', p_tabel) using p_id;
  get diagnostics aantal = row_count;
  return aantal;
end $$;

-- A new azc-locatie of the national list; true when the code was new.
create function azc_locatie_aanmaken(p_code text, p_naam text, p_plaats text, p_coa_regio text, p_type text,
    p_gemeente text, p_breedte double precision, p_lengte double precision, p_actief boolean)
  returns boolean language plpgsql security definer set search_path = public, pg_temp as $$
begin
  insert into azc_locatie (code, naam, plaats, coa_regio, type, gemeente_code, breedtegraad, lengtegraad, actief)
  values (p_code, p_naam, p_plaats, p_coa_regio, p_type, p_gemeente, p_breedte, p_lengte, p_actief)
  on conflict do nothing;
  return found;
end $$;

-- A change of an azc-locatie at the version the operator saw (optimistic locking); true when it was that version.
create function azc_locatie_wijzigen(p_code text, p_verwacht int, p_naam text, p_plaats text, p_coa_regio text,
    p_type text, p_gemeente text, p_breedte double precision, p_lengte double precision, p_actief boolean)
  returns boolean language plpgsql security definer set search_path = public, pg_temp as $$
begin
  update azc_locatie set naam = p_naam, plaats = p_plaats, coa_regio = p_coa_regio, type = p_type,
      gemeente_code = p_gemeente, breedtegraad = p_breedte, lengtegraad = p_lengte, actief = p_actief,
      versie = versie + 1
  where code = p_code and versie = p_verwacht;
  return found;
end $$;

revoke execute on function regio_aanmelden(uuid, text, text, text, jsonb), regio_uit_descriptor(uuid, text, text, text,
  jsonb), regio_deactiveren(text), regio_verwijderd(uuid), regio_afspraken_legen(uuid, text),
  azc_locatie_aanmaken(text, text, text, text, text, text, double precision, double precision, boolean),
  azc_locatie_wijzigen(text, int, text, text, text, text, text, double precision, double precision, boolean)
  from public;
grant execute on function regio_aanmelden(uuid, text, text, text, jsonb), regio_uit_descriptor(uuid, text, text, text,
  jsonb), regio_deactiveren(text), regio_verwijderd(uuid), regio_afspraken_legen(uuid, text),
  azc_locatie_aanmaken(text, text, text, text, text, text, double precision, double precision, boolean),
  azc_locatie_wijzigen(text, int, text, text, text, text, text, double precision, double precision, boolean)
  to ${appRole};
