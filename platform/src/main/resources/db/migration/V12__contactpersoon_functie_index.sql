-- Filtering on function ("klantregisseur") compares normalised text; without an index on that expression every
-- candidate row paid an unaccent() call (the slowest query shape of the search benchmark).
create index contactpersoon_functie on contactpersoon (f_zoeknorm(functie));
analyze contactpersoon;
