-- National reference data: COA reception locations (azc's). Public information, shared by every region.
insert into azc_locatie (code, naam, plaats, coa_regio) values
  ('AZC-OISTERWIJK',  'azc Oisterwijk',  'Oisterwijk',  'Zuid'),
  ('AZC-OVERLOON',    'azc Overloon',    'Overloon',    'Zuid'),
  ('AZC-GILZE',       'azc Gilze',       'Gilze',       'Zuid'),
  ('AZC-BUDEL',       'azc Budel-Cranendonck', 'Budel', 'Zuid'),
  ('AZC-CADIER-EN-KEER', 'azc Cadier en Keer', 'Cadier en Keer', 'Zuid'),
  ('AZC-VENRAY',      'azc Venray',      'Venray',      'Zuid'),
  ('AZC-TER-APEL',    'aanmeldcentrum Ter Apel', 'Ter Apel', 'Noord'),
  ('AZC-ASSEN',       'azc Assen',       'Assen',       'Noord'),
  ('AZC-ZWEELOO',     'azc Zweeloo',     'Zweeloo',     'Noord'),
  ('AZC-MUSSELKANAAL','azc Musselkanaal','Musselkanaal','Noord'),
  ('AZC-ARNHEM',      'azc Arnhem',      'Arnhem',      'Oost'),
  ('AZC-NIJMEGEN',    'azc Nijmegen',    'Nijmegen',    'Oost'),
  ('AZC-DRONTEN',     'azc Dronten',     'Dronten',     'Midden'),
  ('AZC-UTRECHT',     'azc Utrecht',     'Utrecht',     'Midden'),
  ('AZC-AMSTERDAM',   'azc Amsterdam',   'Amsterdam',   'West'),
  ('AZC-ROTTERDAM',   'azc Rotterdam',   'Rotterdam',   'West');
