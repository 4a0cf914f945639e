package nl.doorlopendelijn.dossiers.planning;

/** Whether a milestone is still to be done. The API carries the constant's name; people read {@link #label()}. */
public enum MijlpaalStatus {
  OPEN("Open"),
  AFGEROND("Afgerond");

  private final String label;

  MijlpaalStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
