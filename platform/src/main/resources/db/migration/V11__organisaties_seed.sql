-- Organisations are public: one per azc-locatie, the COA regional offices and a few partners of the demo regions.
-- No people: contactpersonen come from their colleagues (and from the demo seeding).
-- Ids derive from a stable name, so links survive a rebuild of the database.

insert into organisatie (id, type, naam, azc_code)
select md5('doorlopendelijn:organisatie:' || code)::uuid, 'azc', naam, code
from azc_locatie;

insert into organisatie (id, type, naam, coa_regio)
select md5('doorlopendelijn:organisatie:coa-' || r)::uuid, 'coa-regiokantoor', 'COA regio ' || r, r
from (select distinct coa_regio as r from azc_locatie) regio;

insert into organisatie (id, type, naam, partner_soort, regios) values
  (md5('doorlopendelijn:organisatie:vluchtelingenwerk-zuid-nederland')::uuid, 'partner',
   'VluchtelingenWerk Zuid-Nederland', 'vluchtelingenwerk', '{hart-van-brabant,noordoost-brabant}'),
  (md5('doorlopendelijn:organisatie:vluchtelingenwerk-midden-brabant')::uuid, 'partner',
   'VluchtelingenWerk Midden-Brabant', 'vluchtelingenwerk', '{hart-van-brabant}'),
  (md5('doorlopendelijn:organisatie:roc-tilburg')::uuid, 'partner',
   'ROC Tilburg', 'taalschool', '{hart-van-brabant}'),
  (md5('doorlopendelijn:organisatie:wonenbreburg')::uuid, 'partner',
   'WonenBreburg', 'woningcorporatie', '{hart-van-brabant}'),
  (md5('doorlopendelijn:organisatie:area-wonen')::uuid, 'partner',
   'Area Wonen', 'woningcorporatie', '{noordoost-brabant}');
