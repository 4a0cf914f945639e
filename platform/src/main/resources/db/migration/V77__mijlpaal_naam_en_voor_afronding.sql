-- Issue 14: people as names. The name of whoever completed a milestone, from the token at the time, next to the
-- pseudonymous subject that was there (afgerond_door); likewise for a re-match. And what completing a milestone
-- changed in the dossier (its status and actual moving date before), so that undoing a completion by mistake
-- (POST .../mijlpalen/{type}/correcties, ongedaanMaken) brings them back.

alter table dossier_mijlpaal add column afgerond_door_naam text
  check (afgerond_door_naam is null or length(afgerond_door_naam) <= 200);
alter table dossier_mijlpaal add column status_voor_afronding text check (status_voor_afronding is null
  or status_voor_afronding in ('gekoppeld', 'in-voorbereiding', 'verhuisd', 'overgedragen', 'gesloten'));
alter table dossier_mijlpaal add column verhuisdatum_voor_afronding date;

alter table dossier_hermatching add column door_naam text check (door_naam is null or length(door_naam) <= 200);
