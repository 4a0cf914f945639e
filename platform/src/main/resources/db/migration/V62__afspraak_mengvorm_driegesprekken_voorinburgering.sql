-- Issue 13: an agreement states its mengvorm as structure, holds one or both driegesprekken with a norm each, and
-- the voorinburgering's durations (offered in every scenario; a dossier records the inburgeraar's consent).
--
-- mengvorm_voor_verhuizing: the inburgering steps before the move (codes of kernel.Inburgeringsstap, a leading part
-- of the chain brede-intake, pip-advies, pip-vastgesteld, start-inburgering; checked by the application). A
-- mengvorm agreed before this migration has only its free text (mengvorm_omschrijving) and stays so: its dossiers
-- state their own mengvorm until a new version says it.

alter table samenwerkingsafspraak
  add column mengvorm_voor_verhuizing text[],
  add column mengvorm_brede_intake_na_voorinburgering boolean not null default false,
  add column driegesprek_na_koppeling_dagen int,
  add column driegesprek_voor_verhuizing_dagen int,
  add column voorinburgering_dagen_tot_toestemming int not null default 14,
  add column voorinburgering_dagen_tot_start int not null default 14,
  add column voorinburgering_duur_dagen int not null default 84;

-- Existing versions keep their one driegesprek at its anchor. The owner does not see tenant rows while row-level
-- security is forced: lifted for this transaction's data step only.
alter table samenwerkingsafspraak no force row level security;
update samenwerkingsafspraak set driegesprek_na_koppeling_dagen = driegesprek_dagen
  where driegesprek_anker = 'na-koppeling';
update samenwerkingsafspraak set driegesprek_voor_verhuizing_dagen = driegesprek_dagen
  where driegesprek_anker = 'voor-verhuizing';
alter table samenwerkingsafspraak force row level security;

alter table samenwerkingsafspraak
  drop column driegesprek_anker,
  drop column driegesprek_dagen,
  drop column voorinburgering_aangeboden,
  add constraint samenwerkingsafspraak_minstens_een_driegesprek
    check (driegesprek_na_koppeling_dagen is not null or driegesprek_voor_verhuizing_dagen is not null),
  add constraint samenwerkingsafspraak_mengvorm_alleen_bij_mengvorm
    check (scenario = 'mengvorm' or (mengvorm_voor_verhuizing is null and not mengvorm_brede_intake_na_voorinburgering));
