-- Issue 14: the COA's casemanager of a dossier, next to the gemeente's vaste contactpersoon. Both are entries of the
-- national contactpersonengids (no foreign key: the gids is national data, a dossier is a tenant row; the
-- application checks that the entry is an active contact of the dossier's azc, resp. gemeente, when it is chosen).
-- Part of the dossier row: exported, purged and deleted with it (retention) like every other column of it.

alter table dossier add column casemanager_id uuid;

create index dossier_casemanager on dossier (casemanager_id) where casemanager_id is not null;
