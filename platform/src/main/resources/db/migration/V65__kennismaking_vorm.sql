-- The form of the kennismaking (issue 13), the seed's choices: a kop koffie, a visit to the azc, a video or photos of
-- the gemeente, a buddy. Only the kennismaking has one. The codes are those of dossiers.planning.KennismakingVorm
-- (held to them by KennismakingVormInDeDatabaseTest). dossier_mijlpaal keeps its RLS (V30).
alter table dossier_mijlpaal add column vorm text;
alter table dossier_mijlpaal add constraint dossier_mijlpaal_vorm_check check (
  vorm is null or (type = 'kennismaking' and vorm in ('kop-koffie', 'bezoek-azc', 'video-of-fotos', 'buddy')));
