-- Issue 15: the steps of a gesprek (planned, changed, moved, held, cancelled) in the dossier's own history. The
-- gesprek's soort is in `mijlpaal` (a MijlpaalType code), times in `oud`/`nieuw` (ISO-8601 instants), the reason of
-- a cancellation in `reden`, the day it was held in `nieuwe_datum`.

alter table dossier_gebeurtenis drop constraint dossier_gebeurtenis_soort_check;
alter table dossier_gebeurtenis add constraint dossier_gebeurtenis_soort_check
  check (soort in ('aangemaakt', 'gewijzigd', 'hermatcht', 'mijlpaal-afgerond', 'mijlpaal-gecorrigeerd',
    'advies-gevraagd', 'gesloten', 'gesprek-gepland', 'gesprek-gewijzigd', 'gesprek-verzet', 'gesprek-gehouden',
    'gesprek-geannuleerd'));
