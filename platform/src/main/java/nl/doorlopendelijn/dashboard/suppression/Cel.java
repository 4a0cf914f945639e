package nl.doorlopendelijn.dashboard.suppression;

/**
 * One count as it may be shown. A suppressed cell does not hold its number at all, so no page or
 * API can show it by mistake.
 */
public sealed interface Cel permits Zichtbaar, Onderdrukt {

  /** The text to show: the number, or "&lt; 5" with the region's threshold. */
  String weergave();

  default boolean isOnderdrukt() {
    return this instanceof Onderdrukt;
  }
}
