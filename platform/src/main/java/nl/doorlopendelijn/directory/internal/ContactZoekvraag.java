package nl.doorlopendelijn.directory.internal;

import java.util.UUID;

/** A search in the directory: free text plus filters, every one optional; one page of the result. */
record ContactZoekvraag(String q, UUID organisatie, String regio, String gemeente, String functie,
    Boolean getraind, Boolean beschikbaar, String taal, boolean inclusiefInactief, int pagina, int paginaGrootte) {}
