package nl.doorlopendelijn.directory.internal;

import java.util.List;

/** One page of a search result; {@code pagina} counts from 1. */
record Pagina<T>(List<T> items, int pagina, int paginaGrootte, long totaalAantal) {}
