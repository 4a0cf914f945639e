package nl.doorlopendelijn.agreements.internal;

import java.time.LocalDate;

/** The list filters; each one null means "any". */
record AfspraakFilter(String gemeente, String azc, String status, String scenario, LocalDate geldigOp) {}
