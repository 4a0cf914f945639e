-- Issue 14: a user is linked to her own entry in the contactpersonengids. She claims it once (her token's issuer and
-- subject are stored on the entry, status 'aangevraagd'), and an editor of the entry's organisation confirms it
-- ('bevestigd') or rejects it (the claim is removed). Never by matching e-mail addresses. A user holds at most one
-- link (the unique index below, over pending and confirmed claims alike); an entry has at most one (its columns).
-- National data like the rest of the gids: no tenant, no row-level security; the grants of V10 cover the columns.

alter table contactpersoon
  add column koppeling_issuer         text,
  add column koppeling_subject        text,
  add column koppeling_status         text check (koppeling_status in ('aangevraagd', 'bevestigd')),
  add column koppeling_aangevraagd_op timestamptz,
  add column koppeling_bevestigd_op   timestamptz,
  add constraint contactpersoon_koppeling_volledig check (
    (koppeling_issuer is null) = (koppeling_subject is null)
    and (koppeling_issuer is null) = (koppeling_status is null)
    and (koppeling_issuer is null) = (koppeling_aangevraagd_op is null)
    and ((koppeling_status = 'bevestigd') = (koppeling_bevestigd_op is not null)));

create unique index contactpersoon_koppeling_gebruiker on contactpersoon (koppeling_issuer, koppeling_subject)
  where koppeling_issuer is not null;
create index contactpersoon_koppeling_aangevraagd on contactpersoon (organisatie_id)
  where koppeling_status = 'aangevraagd';
