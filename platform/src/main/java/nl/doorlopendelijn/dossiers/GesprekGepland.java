package nl.doorlopendelijn.dossiers;

import java.util.List;
import java.util.UUID;

/**
 * A gesprek of a dossier was planned with gids entries, or changed so that entries should hear of it again.
 * Published through the outbox in the transaction of the plan or change; heard after commit, at least once (the
 * notificaties: "gesprek met je gepland"). Which entries it names:
 * <ul>
 *   <li>planned: every participant and the buddy;</li>
 *   <li>moved (a new start or end): every participant and the buddy again (each needs the new time and invitation);</li>
 *   <li>changed without moving: only the participants and buddy added by the change (none added: no event).</li>
 * </ul>
 * Ids and codes only, never personal data.
 *
 * @param mijlpaal the gesprek's milestone (a {@code MijlpaalType} code: kennismaking, driegesprek, ...)
 * @param deelnemers the gids entries (participants, buddy) to tell, each once
 * @param verzet whether the gesprek was moved (rather than planned or given new participants)
 * @param doorIssuer with {@code doorSubject}, whoever planned or changed it (not notified herself)
 */
public record GesprekGepland(UUID tenantId, UUID dossierId, String dossiernummer, UUID gesprekId, String mijlpaal,
    List<UUID> deelnemers, boolean verzet, String doorIssuer, String doorSubject) {

  public GesprekGepland {
    deelnemers = deelnemers == null ? List.of() : List.copyOf(deelnemers);
  }
}
