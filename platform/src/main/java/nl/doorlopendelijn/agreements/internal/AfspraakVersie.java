package nl.doorlopendelijn.agreements.internal;

import nl.doorlopendelijn.agreements.AfspraakStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One stored version of an agreement, with its parties, their signatures and its open signals. */
record AfspraakVersie(
    UUID tenantId,
    UUID id,
    UUID afspraakId,
    int versienummer,
    UUID vorigeVersieId,
    AfspraakStatus status,
    AfspraakInhoud inhoud,
    List<PartijStand> partijen,
    List<Signaal> signalen,
    String beeindigingsreden,
    OffsetDateTime beeindigdOp,
    OffsetDateTime geactiveerdOp,
    int versie,
    OffsetDateTime aangemaaktOp,
    OffsetDateTime gewijzigdOp) {

  public static final String GEMEENTE = "gemeente";
  public static final String AZC = "azc";

  /**
   * A party and whether (by whom, when, under which mandaat) it signed this version: {@code ondertekendDoor} the
   * signer's pseudonymous subject, {@code ondertekendDoorNaam} her name as the token carried it, {@code mandaatKenmerk}
   * the reference of the mandaatbesluit when the coördinator signed for a gemeente ({@code null}: own authority).
   */
  public record PartijStand(String code, String soort, UUID contactpersoonId, String ondertekendDoor,
      OffsetDateTime ondertekendOp, String ondertekendDoorNaam, String mandaatKenmerk) {

    public PartijStand(String code, String soort, UUID contactpersoonId, String ondertekendDoor,
        OffsetDateTime ondertekendOp) {
      this(code, soort, contactpersoonId, ondertekendDoor, ondertekendOp, null, null);
    }

    public boolean ondertekend() {
      return ondertekendOp != null;
    }
  }

  /** An open signal, e.g. {@code contactpersoon-vertrokken}. */
  public record Signaal(UUID id, String soort, String partijCode, UUID contactpersoonId, OffsetDateTime ontstaanOp) {}

  public boolean heeftPartij(String code) {
    return partijen.stream().anyMatch(p -> p.code().equals(code));
  }
}
