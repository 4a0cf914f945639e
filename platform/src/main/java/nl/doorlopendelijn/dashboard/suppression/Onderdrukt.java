package nl.doorlopendelijn.dashboard.suppression;

/** A suppressed count or derived figure; it knows the threshold, never the value. */
public record Onderdrukt(int drempel) implements Cel, Kengetal {

  @Override
  public String weergave() {
    return "< " + drempel;
  }

  @Override
  public boolean isOnderdrukt() {
    return true;
  }

  @Override
  public String toString() {
    return weergave();
  }
}
