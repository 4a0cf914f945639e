package nl.doorlopendelijn.dossiers.planning;

public enum MijlpaalStatus {
  OPEN,
  AFGEROND
}
