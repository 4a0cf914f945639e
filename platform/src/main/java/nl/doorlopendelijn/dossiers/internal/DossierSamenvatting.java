package nl.doorlopendelijn.dossiers.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A dossier as a list shows it: no V-nummer, no milestones, the signals by kind. */
record DossierSamenvatting(UUID id, String regio, String dossiernummer, String gemeente, String azcLocatie,
    String status, String scenario, LocalDate koppelingsdatum, LocalDate verwachteVerhuisdatum,
    LocalDate werkelijkeVerhuisdatum, UUID vasteContactpersoonId, String urgentsteSignaal, List<String> signalen,
    int versie) {}
