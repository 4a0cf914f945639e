package nl.doorlopendelijn.dossiers;

import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * A gesprek's invitation (.ics, iCalendar) for the platform's own work: the notification of a planned gesprek attaches
 * it to its e-mail. The same text as {@code GET …/gesprekken/{gesprekId}/uitnodiging} gives (stable UID, SEQUENCE,
 * METHOD:REQUEST or CANCEL, the dossier number, professionals' names and work e-mail, a link), never the
 * inburgeraar's name or V-nummer.
 */
public interface GesprekUitnodiging {

  /**
   * The invitation of gesprek {@code gesprekId} of the dossier, read in the tenant's own (read-only) transaction; no
   * caller, so no audit record of a reading (the mail is not a look at the dossier). Empty when the dossier or the
   * gesprek is gone.
   *
   * @param dossierLink the absolute link to the dossier's page, as the invitation shows it
   */
  Mono<String> ics(UUID tenantId, UUID dossierId, UUID gesprekId, String dossierLink);
}
