package nl.doorlopendelijn.agreements;

import java.util.UUID;

/** A directory entry's person left their organisation: publish it and the agreements get a signal. */
public record ContactpersoonVertrokkenSignaal(UUID contactpersoonId) {}
