-- Issue 13: a dossier states its own mengvorm (when it chooses one), records the inburgeraar's consent to the
-- voorinburgering, and remembers that a new agreement version could not replan it (shown as a signal until a
-- replan succeeds). The dashboard's facts carry the second driegesprek (before the move).

alter table dossier
  add column mengvorm_omschrijving text,
  add column mengvorm_voor_verhuizing text[],
  add column mengvorm_brede_intake_na_voorinburgering boolean not null default false,
  -- true: consents; false: declines; null: not (yet) recorded
  add column voorinburgering_toestemming boolean,
  -- why the last replan after a new agreement version failed (a Dutch reason, no personal data); null: none failed
  add column herplanfout text,
  add constraint dossier_mengvorm_compleet check ((mengvorm_voor_verhuizing is null) = (mengvorm_omschrijving is null));

alter table dashboard_dossier_feit
  add column driegesprek_voor_verhuizing_vervaldatum date,
  add column driegesprek_voor_verhuizing_datum date;

-- A driegesprek planned before the move (agreements that held only that one, V62) is now its own milestone.
-- Row-level security is forced; lifted for this transaction's data step only (the owner sees no tenant rows).
alter table dossier no force row level security;
alter table dossier_mijlpaal no force row level security;
alter table samenwerkingsafspraak no force row level security;
alter table dashboard_dossier_feit no force row level security;
update dossier_mijlpaal m set type = 'driegesprek-voor-verhuizing'
  from dossier d join samenwerkingsafspraak a on a.tenant_id = d.tenant_id and a.id = d.afspraak_versie_id
  where m.tenant_id = d.tenant_id and m.dossier_id = d.id and m.type = 'driegesprek'
    and a.driegesprek_na_koppeling_dagen is null;
update dashboard_dossier_feit f
  set driegesprek_voor_verhuizing_vervaldatum = f.driegesprek_vervaldatum,
      driegesprek_voor_verhuizing_datum = f.driegesprek_datum,
      driegesprek_vervaldatum = null, driegesprek_datum = null
  from samenwerkingsafspraak a
  where a.tenant_id = f.tenant_id and a.id = f.afspraak_versie_id and a.driegesprek_na_koppeling_dagen is null;
alter table dossier force row level security;
alter table dossier_mijlpaal force row level security;
alter table samenwerkingsafspraak force row level security;
alter table dashboard_dossier_feit force row level security;
