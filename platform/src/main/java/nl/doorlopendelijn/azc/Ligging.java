package nl.doorlopendelijn.azc;

/** Where a place lies: WGS84 degrees (national reference data rounds them to 0.01 degree, about 1 km). */
public record Ligging(double breedtegraad, double lengtegraad) {}
