package nl.doorlopendelijn.directory.internal;

import nl.doorlopendelijn.directory.OrganisatieType;

record OrganisatieZoekvraag(String q, OrganisatieType type, String regio, String cbsCode, String azcCode,
    boolean inclusiefInactief, int pagina, int paginaGrootte) {}
