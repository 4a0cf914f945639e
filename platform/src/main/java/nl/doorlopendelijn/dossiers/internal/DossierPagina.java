package nl.doorlopendelijn.dossiers.internal;

import java.util.List;

/** One page of a dossier list and the total over all pages ({@code -1}: unknown, the page was past the end). */
record DossierPagina(List<DossierSamenvatting> dossiers, long totaal) {}
