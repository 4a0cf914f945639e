package nl.doorlopendelijn.dossiers.internal;

import java.util.Optional;
import java.util.UUID;
import nl.doorlopendelijn.web.InvalidParam;

/**
 * The one rule for who can be a dossier's vaste contactpersoon or casemanager: an ACTIVE entry of the gids, of an
 * active organisation that is the dossier's gemeente (vaste contactpersoon), respectively its azc (casemanager).
 * Used to refuse a choice (400, every field at once) and to list the choices ({@code GET …/contactpersoon-keuzes});
 * plain Java.
 */
final class ContactpersoonKeuze {

  private ContactpersoonKeuze() {}

  /** Whether {@code c} may be chosen for {@code rol} in a dossier of {@code gemeente} and {@code azc}. */
  static boolean geschikt(Contactrol rol, String gemeente, String azc, GidsContact c) {
    return bezwaar(rol, gemeente, azc, Optional.of(c)).isEmpty();
  }

  /**
   * Why {@code gevonden} (the gids entry of the id sent, empty when the gids does not know it) cannot be the
   * dossier's contact of {@code rol}; empty when it can.
   */
  static Optional<InvalidParam> bezwaar(Contactrol rol, String gemeente, String azc, Optional<GidsContact> gevonden) {
    String veld = rol.veld();
    if (gevonden.isEmpty()) {
      return Optional.of(new InvalidParam(veld, "unknown", "is geen contactpersoon uit de contactpersonengids"));
    }
    GidsContact c = gevonden.get();
    if (!c.actief()) {
      return Optional.of(new InvalidParam(veld, "inactive",
          "is niet meer actief in de contactpersonengids (vertrokken): kies een actieve contactpersoon"));
    }
    boolean organisatie = switch (rol) {
      case VASTE_CONTACTPERSOON -> "gemeente".equals(c.organisatieType()) && gemeente != null
          && gemeente.equals(c.organisatieCode());
      case CASEMANAGER -> "azc".equals(c.organisatieType()) && azc != null && azc.equals(c.organisatieCode());
    };
    if (!organisatie) {
      return Optional.of(new InvalidParam(veld, "organisation", rol == Contactrol.VASTE_CONTACTPERSOON
          ? "is geen contactpersoon van de gemeente van dit dossier (kies uit GET …/contactpersoon-keuzes)"
          : "is geen contactpersoon van het azc van dit dossier (kies uit GET …/contactpersoon-keuzes)"));
    }
    if (!c.organisatieActief()) {
      return Optional.of(new InvalidParam(veld, "inactive", "hoort bij een organisatie die niet meer actief is"));
    }
    return Optional.empty();
  }

  /**
   * Why {@code gevonden} cannot take part in a gesprek of a dossier (as participant or buddy, field {@code veld}):
   * unknown to the gids, no longer active, or of an organisation that is no longer active; any organisation may
   * take part. Empty when it can.
   */
  static Optional<InvalidParam> bezwaarAlsDeelnemer(String veld, Optional<GidsContact> gevonden) {
    if (gevonden.isEmpty()) {
      return Optional.of(new InvalidParam(veld, "unknown", "is geen contactpersoon uit de contactpersonengids"));
    }
    if (!gevonden.get().actief()) {
      return Optional.of(new InvalidParam(veld, "inactive",
          "is niet meer actief in de contactpersonengids (vertrokken): kies een actieve contactpersoon"));
    }
    if (!gevonden.get().organisatieActief()) {
      return Optional.of(new InvalidParam(veld, "inactive", "hoort bij een organisatie die niet meer actief is"));
    }
    return Optional.empty();
  }

  /** Whether the field must be checked on a change: a new person, or the same person in another gemeente/azc. */
  static boolean teControleren(UUID oud, UUID nieuw, String oudeCode, String nieuweCode) {
    return nieuw != null && (!nieuw.equals(oud) || !nieuweCode.equals(oudeCode));
  }
}
