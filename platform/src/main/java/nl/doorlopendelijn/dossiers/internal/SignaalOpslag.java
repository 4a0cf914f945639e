package nl.doorlopendelijn.dossiers.internal;

import java.time.LocalDate;

/** The signals of a dossier as stored on its row: the full list (json), the kinds, the most urgent. */
record SignaalOpslag(String json, String[] types, String urgentste, int rang, LocalDate op) {

  static final int GEEN_SIGNAAL = 9;
}
