package nl.doorlopendelijn.dashboard.suppression;

/**
 * One count as it may be shown. A suppressed cell does not hold its number at all, so no page or
 * API can show it by mistake.
 */
public sealed interface Cel permits Zichtbaar, Onderdrukt {

  /** The text to show: the number, or the one label of a suppressed figure. */
  String weergave();

  default boolean isOnderdrukt() {
    return this instanceof Onderdrukt;
  }
}
