package nl.doorlopendelijn.azc;

/** A COA reception centre (azc). National reference data, the same for every region. */
public record AzcLocatie(String code, String naam, String plaats, String coaRegio, boolean actief) {}
