package nl.doorlopendelijn.dossiers.planning;

/** Declared most urgent first, so the natural order sorts a work list. */
public enum Urgentie {
  HOOG,
  MIDDEL,
  LAAG
}
