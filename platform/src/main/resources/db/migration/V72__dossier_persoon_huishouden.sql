-- Issue 14: who the dossier is about, and the household it belongs to.
-- Columns on dossier rather than a table dossier_persoon: a dossier is about exactly one person (one row, never
-- more, never none once named), every read of a dossier needs the name (list, search, page), and as columns the
-- person goes with the dossier in every path that already removes or exports it (retention, purge, export) without
-- one more join or cascade to keep right. Older dossiers have no name yet (null): the API requires one from now on.
-- The V-nummer stays in v_nummer_versleuteld (AES-GCM, only where the region records it); coa_referentie is the
-- COA's own reference and may never hold a V-nummer (10 digits: refused by the API and by the check below).
-- zoeknaam is "voornamen achternaam" through f_zoeknorm (V10: unaccent, lower case; the gids' own normalisation),
-- generated, so the search compares it with f_zoeknorm of the search text.
-- huishouden is the COA's household reference: dossiers of a region with the same value are one household.

alter table dossier
  add column voornamen       text check (voornamen is null or length(voornamen) between 1 and 200),
  add column achternaam      text check (achternaam is null or length(achternaam) between 1 and 200),
  add column geboortedatum   date,
  add column taal            text check (taal is null or taal ~ '^[a-z]{3}$'),
  add column tolk_nodig      boolean not null default false,
  add column coa_referentie  text check (coa_referentie is null or (length(coa_referentie) between 1 and 50
                                         and coa_referentie !~ '^[0-9]{10}$')),
  add column huishouden      text check (huishouden is null or length(huishouden) between 1 and 50),
  add column zoeknaam        text generated always as
                               (f_zoeknorm(btrim(coalesce(voornamen, '') || ' ' || coalesce(achternaam, '')))) stored;

create index dossier_huishouden on dossier (tenant_id, huishouden) where huishouden is not null;
