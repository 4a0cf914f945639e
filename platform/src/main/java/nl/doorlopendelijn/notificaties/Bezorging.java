package nl.doorlopendelijn.notificaties;

import java.util.List;
import java.util.Optional;
import nl.doorlopendelijn.kernel.Codes;

/**
 * How a recipient wants a {@link NotificatieSoort} delivered by e-mail. The in-app list always holds every
 * notification, whatever this says; it governs e-mail only. Without a stored preference: {@link #DIRECT}.
 */
public enum Bezorging {
  DIRECT("direct", "Direct per e-mail"),
  DAGELIJKS("dagelijks", "Eén keer per dag (dagoverzicht)"),
  UIT("uit", "Alleen in Doorlopende Lijn");

  /** What a recipient gets for a soort she set nothing for. */
  public static final Bezorging STANDAARD = DIRECT;

  private final String code;
  private final String label;

  Bezorging(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  /** Dutch name for users: "Direct per e-mail". */
  public String label() {
    return label;
  }

  public static Optional<Bezorging> vanCode(String code) {
    return Codes.zoek(values(), Bezorging::code, code);
  }

  /** Every code, in declaration order (for error messages that list the allowed values). */
  public static List<String> codes() {
    return Codes.van(values(), Bezorging::code);
  }
}
