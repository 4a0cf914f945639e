-- Issue 13, azc from anywhere: a dossier may come from any COA location of the national list, not only from the
-- azc's a region lists. The list gets what that needs:
--  * a location type (azc, gemeentelijke opvang, other) for statushouders who wait somewhere else than an azc;
--  * the gemeente the location lies in (CBS code) and its coordinates (WGS84, rounded to 0.01 degree, about 1 km),
--    from which the scenario advice estimates the distance to the vestigingsgemeente (V67);
--  * the snapshot it was filled from, with its public source and date (referentiebron), shown in the list.
-- The code keeps its AZC- prefix for every type: dossiers, agreements, the gids and COA tokens share that pattern.
-- Platform operators keep the list up to date through /api/v1/azc-locaties (add, change, end: actief = false).

alter table azc_locatie
  add column type text not null default 'azc' check (type in ('azc', 'gemeentelijke-opvang', 'overig')),
  add column gemeente_code text check (gemeente_code ~ '^GM[0-9]{4}$'),
  add column breedtegraad double precision check (breedtegraad between 50.5 and 53.7),
  add column lengtegraad double precision check (lengtegraad between 3.2 and 7.3),
  add constraint azc_locatie_ligging_volledig check ((breedtegraad is null) = (lengtegraad is null));

-- Where a national list came from: its public source, the date of the snapshot, and a note on how it was made.
create table referentiebron (
  lijst        text primary key check (lijst in ('azc-locaties', 'gemeente-liggingen')),
  naam         text not null,
  url          text not null,
  peildatum    date not null,
  toelichting  text not null
);
grant select on referentiebron to ${appRole};

insert into referentiebron (lijst, naam, url, peildatum, toelichting) values
  ('azc-locaties', 'COA, Locaties', 'https://www.coa.nl/nl/locaties', date '2026-12-02',
   'Momentopname van de asielzoekerscentra van het COA (naam, plaats, gemeente), met de hand samengesteld naar'
   || ' de openbare locatielijst van het COA; de coördinaten zijn die van de plaats, afgerond op 0,01 graad.'
   || ' Noodopvang en tijdelijke locaties ontbreken. Het COA opent en sluit locaties: de platformbeheerder'
   || ' vergelijkt de lijst met de bron en houdt haar bij (toevoegen, wijzigen, beëindigen).');

-- The snapshot. Existing codes keep their code (dossiers, agreements and the gids refer to them) and get their
-- gemeente and coordinates; new ones are added.
insert into azc_locatie (code, naam, plaats, coa_regio, type, gemeente_code, breedtegraad, lengtegraad) values
  -- Noord: Groningen, Friesland, Drenthe
  ('AZC-TER-APEL',        'aanmeldcentrum Ter Apel', 'Ter Apel',        'Noord', 'azc', 'GM1950', 52.88, 7.07),
  ('AZC-MUSSELKANAAL',    'azc Musselkanaal',        'Musselkanaal',    'Noord', 'azc', 'GM0037', 52.93, 7.01),
  ('AZC-GRONINGEN',       'azc Groningen',           'Groningen',       'Noord', 'azc', 'GM0014', 53.22, 6.57),
  ('AZC-WINSCHOTEN',      'azc Winschoten',          'Winschoten',      'Noord', 'azc', 'GM1895', 53.14, 7.04),
  ('AZC-DELFZIJL',        'azc Delfzijl',            'Delfzijl',        'Noord', 'azc', 'GM1979', 53.33, 6.92),
  ('AZC-ASSEN',           'azc Assen',               'Assen',           'Noord', 'azc', 'GM0106', 52.99, 6.56),
  ('AZC-EMMEN',           'azc Emmen',               'Emmen',           'Noord', 'azc', 'GM0114', 52.78, 6.90),
  ('AZC-HOOGEVEEN',       'azc Hoogeveen',           'Hoogeveen',       'Noord', 'azc', 'GM0118', 52.72, 6.48),
  ('AZC-ZWEELOO',         'azc Zweeloo',             'Zweeloo',         'Noord', 'azc', 'GM0109', 52.79, 6.73),
  ('AZC-LEEUWARDEN',      'azc Leeuwarden',          'Leeuwarden',      'Noord', 'azc', 'GM0080', 53.20, 5.80),
  ('AZC-BURGUM',          'azc Burgum',              'Burgum',          'Noord', 'azc', 'GM0737', 53.19, 5.99),
  ('AZC-SNEEK',           'azc Sneek',               'Sneek',           'Noord', 'azc', 'GM1900', 53.03, 5.66),
  ('AZC-ORANJEWOUD',      'azc Oranjewoud',          'Oranjewoud',      'Noord', 'azc', 'GM0074', 52.95, 5.95),
  ('AZC-SINT-ANNAPAROCHIE', 'azc Sint Annaparochie', 'Sint Annaparochie', 'Noord', 'azc', 'GM1949', 53.27, 5.65),
  -- Oost: Overijssel, Gelderland, Flevoland
  ('AZC-ALMELO',          'azc Almelo',              'Almelo',          'Oost',  'azc', 'GM0141', 52.36, 6.66),
  ('AZC-ENSCHEDE',        'azc Enschede',            'Enschede',        'Oost',  'azc', 'GM0153', 52.22, 6.89),
  ('AZC-DALFSEN',         'azc Dalfsen',             'Dalfsen',         'Oost',  'azc', 'GM0148', 52.51, 6.26),
  ('AZC-SCHALKHAAR',      'azc Schalkhaar',          'Schalkhaar',      'Oost',  'azc', 'GM0150', 52.27, 6.19),
  ('AZC-ZWOLLE',          'azc Zwolle',              'Zwolle',          'Oost',  'azc', 'GM0193', 52.51, 6.09),
  ('AZC-APELDOORN',       'azc Apeldoorn',           'Apeldoorn',       'Oost',  'azc', 'GM0200', 52.21, 5.97),
  ('AZC-ARNHEM',          'azc Arnhem',              'Arnhem',          'Oost',  'azc', 'GM0202', 51.98, 5.91),
  ('AZC-NIJMEGEN',        'azc Nijmegen',            'Nijmegen',        'Oost',  'azc', 'GM0268', 51.84, 5.86),
  ('AZC-ZUTPHEN',         'azc Zutphen',             'Zutphen',         'Oost',  'azc', 'GM0301', 52.14, 6.20),
  ('AZC-WINTERSWIJK',     'azc Winterswijk',         'Winterswijk',     'Oost',  'azc', 'GM0294', 51.97, 6.72),
  ('AZC-WAGENINGEN',      'azc Wageningen',          'Wageningen',      'Oost',  'azc', 'GM0289', 51.97, 5.66),
  ('AZC-HARDERWIJK',      'azc Harderwijk',          'Harderwijk',      'Oost',  'azc', 'GM0243', 52.34, 5.62),
  ('AZC-DRONTEN',         'azc Dronten',             'Dronten',         'Midden', 'azc', 'GM0303', 52.52, 5.72),
  ('AZC-LUTTELGEEST',     'azc Luttelgeest',         'Luttelgeest',     'Midden', 'azc', 'GM0171', 52.75, 5.85),
  ('AZC-ALMERE',          'azc Almere',              'Almere',          'Midden', 'azc', 'GM0034', 52.37, 5.22),
  -- Midden: Utrecht
  ('AZC-UTRECHT',         'azc Utrecht',             'Utrecht',         'Midden', 'azc', 'GM0344', 52.09, 5.12),
  ('AZC-AMERSFOORT',      'azc Amersfoort',          'Amersfoort',      'Midden', 'azc', 'GM0307', 52.16, 5.39),
  ('AZC-ZEIST',           'azc Zeist',               'Zeist',           'Midden', 'azc', 'GM0355', 52.09, 5.23),
  -- West: Noord-Holland, Zuid-Holland, Zeeland
  ('AZC-AMSTERDAM',       'azc Amsterdam',           'Amsterdam',       'West',  'azc', 'GM0363', 52.37, 4.90),
  ('AZC-ALKMAAR',         'azc Alkmaar',             'Alkmaar',         'West',  'azc', 'GM0361', 52.63, 4.75),
  ('AZC-DEN-HELDER',      'azc Den Helder',          'Den Helder',      'West',  'azc', 'GM0400', 52.96, 4.76),
  ('AZC-HOOFDDORP',       'azc Hoofddorp',           'Hoofddorp',       'West',  'azc', 'GM0394', 52.30, 4.69),
  ('AZC-LEIDEN',          'azc Leiden',              'Leiden',          'West',  'azc', 'GM0546', 52.16, 4.49),
  ('AZC-KATWIJK',         'azc Katwijk',             'Katwijk',         'West',  'azc', 'GM0537', 52.20, 4.41),
  ('AZC-DEN-HAAG',        'azc Den Haag',            'Den Haag',        'West',  'azc', 'GM0518', 52.07, 4.30),
  ('AZC-RIJSWIJK',        'azc Rijswijk',            'Rijswijk',        'West',  'azc', 'GM0603', 52.04, 4.32),
  ('AZC-ROTTERDAM',       'azc Rotterdam',           'Rotterdam',       'West',  'azc', 'GM0599', 51.92, 4.48),
  ('AZC-DORDRECHT',       'azc Dordrecht',           'Dordrecht',       'West',  'azc', 'GM0505', 51.81, 4.67),
  ('AZC-MIDDELBURG',      'azc Middelburg',          'Middelburg',      'West',  'azc', 'GM0687', 51.50, 3.61),
  -- Zuid: Noord-Brabant, Limburg
  ('AZC-OISTERWIJK',      'azc Oisterwijk',          'Oisterwijk',      'Zuid',  'azc', 'GM0824', 51.57, 5.22),
  ('AZC-GILZE',           'azc Gilze',               'Gilze',           'Zuid',  'azc', 'GM0784', 51.54, 4.94),
  ('AZC-BUDEL',           'azc Budel-Cranendonck',   'Budel',           'Zuid',  'azc', 'GM1706', 51.24, 5.56),
  ('AZC-OVERLOON',        'azc Overloon',            'Overloon',        'Zuid',  'azc', 'GM1982', 51.57, 5.95),
  ('AZC-GRAVE',           'azc Grave',               'Grave',           'Zuid',  'azc', 'GM1982', 51.76, 5.74),
  ('AZC-VENRAY',          'azc Venray',              'Venray',          'Zuid',  'azc', 'GM0984', 51.53, 5.98),
  ('AZC-VENLO',           'azc Venlo',               'Venlo',           'Zuid',  'azc', 'GM0983', 51.37, 6.17),
  ('AZC-MILSBEEK',        'azc Milsbeek',            'Milsbeek',        'Zuid',  'azc', 'GM0907', 51.72, 5.95),
  ('AZC-BAEXEM',          'azc Baexem',              'Baexem',          'Zuid',  'azc', 'GM1640', 51.22, 5.88),
  ('AZC-ECHT',            'azc Echt',                'Echt',            'Zuid',  'azc', 'GM1711', 51.10, 5.87),
  ('AZC-MAASTRICHT',      'azc Maastricht',          'Maastricht',      'Zuid',  'azc', 'GM0935', 50.85, 5.69),
  ('AZC-CADIER-EN-KEER',  'azc Cadier en Keer',      'Cadier en Keer',  'Zuid',  'azc', 'GM1903', 50.83, 5.77)
on conflict (code) do update set gemeente_code = excluded.gemeente_code, breedtegraad = excluded.breedtegraad,
  lengtegraad = excluded.lengtegraad, type = excluded.type, versie = azc_locatie.versie + 1;

-- The gids has an organisation for every azc (V11): also for the ones this snapshot adds.
insert into organisatie (id, type, naam, azc_code)
select md5('doorlopendelijn:organisatie:' || code)::uuid, 'azc', naam, code
from azc_locatie a
where not exists (select 1 from organisatie o where o.azc_code = a.code);
