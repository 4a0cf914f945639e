package nl.doorlopendelijn.dashboard.suppression;

/** A derived figure (a share or a median) as it may be shown. */
public sealed interface Kengetal permits ZichtbaarKengetal, Onderdrukt {

  String weergave();

  default boolean isOnderdrukt() {
    return this instanceof Onderdrukt;
  }
}
