-- Stilval as the seed means it (issue 13): the dossiers module judges each dossier by the one rule
-- (dossiers.planning.Stilval: waiting for a house, no activity for the region's period) and hands the dashboard the
-- first day on which the dossier counts as stalled; the dashboard compares it with its day and applies no rule of its
-- own. The last-progress date it used to compare goes. Existing rows get the date on the dossier's next change or by
-- the daily job (03:15), which hands every open dossier's facts over again.
alter table dashboard_dossier_feit add column stilval_vanaf date;
alter table dashboard_dossier_feit drop column laatste_voortgang;
