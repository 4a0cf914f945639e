package nl.doorlopendelijn.dashboard.suppression;

/**
 * A suppressed count or derived figure. It holds no value and one label for all: whether it is a small count or
 * a figure suppressed to protect one (a "&lt; 5" on a cell of 8 would be untrue, and two labels tell which is which).
 */
public record Onderdrukt() implements Cel {

  /** The sign of Statistics Netherlands for a figure kept secret. */
  public static final String LABEL = "x";

  @Override
  public String weergave() {
    return LABEL;
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
