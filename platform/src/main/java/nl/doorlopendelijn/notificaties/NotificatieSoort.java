package nl.doorlopendelijn.notificaties;

import java.util.List;
import java.util.Optional;
import nl.doorlopendelijn.kernel.Codes;

/**
 * What a notification is about: the one source of its codes (stored on each {@code notificatie} and preference,
 * carried by the API) and of their Dutch names (the pages, the mails).
 */
public enum NotificatieSoort {
  NIEUW_DOSSIER("nieuw-dossier", "Nieuw dossier voor je gemeente"),
  GESPREK_GEPLAND("gesprek-gepland", "Gesprek met je gepland"),
  MIJLPAAL_TE_LAAT("mijlpaal-te-laat", "Mijlpaal te laat"),
  VERHUIZING_ZONDER_KLANTPROFIEL("verhuizing-zonder-klantprofiel",
      "Verhuizing binnen 14 dagen zonder bijgewerkt klantprofiel"),
  KLANTPROFIEL_BIJGEWERKT("klantprofiel-bijgewerkt", "Klantprofiel bijgewerkt");

  private final String code;
  private final String label;

  NotificatieSoort(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  /** Dutch name for users: "Nieuw dossier voor je gemeente". */
  public String label() {
    return label;
  }

  public static Optional<NotificatieSoort> vanCode(String code) {
    return Codes.zoek(values(), NotificatieSoort::code, code);
  }

  /** Every code, in declaration order (for error messages that list the allowed values). */
  public static List<String> codes() {
    return Codes.van(values(), NotificatieSoort::code);
  }
}
