package nl.doorlopendelijn.dossiers.internal;

import java.time.LocalDate;

/** Marking a milestone done: when (default today) and an optional short note. */
record AfrondingInvoer(LocalDate datum, String notitie) {}
