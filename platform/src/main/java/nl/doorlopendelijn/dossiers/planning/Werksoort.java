package nl.doorlopendelijn.dossiers.planning;

import nl.doorlopendelijn.kernel.Codes;
import java.util.List;

/**
 * The kinds of item in a werkvoorraad, with their Dutch names. The order ({@link Werkvolgorde}) places
 * {@link #GESPREK} among the coming items, by date.
 */
public enum Werksoort {
  /** An open milestone whose due date has passed. */
  MIJLPAAL_TE_LAAT("mijlpaal-te-laat", "Mijlpaal te laat"),
  /** An open milestone due within {@link Werkvolgorde#MIJLPAAL_BINNEN_DAGEN} days (today included). */
  MIJLPAAL_BINNENKORT("mijlpaal-binnenkort", "Mijlpaal binnenkort"),
  /** The expected move within {@link Werkvolgorde#VERHUIZING_BINNEN_DAGEN} days, not yet confirmed. */
  VERHUIZING("verhuizing", "Verhuizing op komst"),
  /** A gesprek still planned that begins this week (or began and is not recorded yet). */
  GESPREK("gesprek", "Gesprek gepland"),
  /** An open signal of the dossier (stored with it, {@link Signalen}). */
  SIGNAAL("signaal", "Signaal");

  private final String code;
  private final String label;

  Werksoort(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** Something that is coming on a date (rather than already wrong). */
  public boolean komend() {
    return this == MIJLPAAL_BINNENKORT || this == VERHUIZING || this == GESPREK;
  }

  public static List<String> codes() {
    return Codes.van(values(), Werksoort::code);
  }
}
