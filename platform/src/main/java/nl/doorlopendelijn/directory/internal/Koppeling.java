package nl.doorlopendelijn.directory.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The link between a user and her own entry in the gids: claimed by her ({@code aangevraagd}), confirmed by an
 * editor of the entry's organisation ({@code bevestigd}). The user is known by her token's issuer and subject, which
 * are stored on the entry and never shown; the claim is never made or confirmed by matching e-mail addresses.
 */
record Koppeling(UUID contactpersoonId, String naam, String functie, UUID organisatieId, String organisatieNaam,
    String status, OffsetDateTime aangevraagdOp, OffsetDateTime bevestigdOp) {

  static final String AANGEVRAAGD = "aangevraagd";
  static final String BEVESTIGD = "bevestigd";
  /** Only in the answer to a rejection: the claim is gone. */
  static final String AFGEWEZEN = "afgewezen";

  @Override
  public String toString() {
    return "Koppeling[" + contactpersoonId + ", " + status + "]";
  }
}
