package nl.doorlopendelijn.dossiers;

import java.util.UUID;
import nl.doorlopendelijn.dossiers.planning.ContactpersoonStatus;
import reactor.core.publisher.Mono;

/**
 * PORT: is the vaste contactpersoon (a directory entry) still there? Answered from the contactpersonengids
 * ({@code directory.Contactpersonen}) by {@code dossiers.internal.KoppelingenMetAndereModules}: an entry that is
 * unknown or no longer active is VERTROKKEN. A departure is also pushed: the directory's
 * {@code ContactpersoonVertrokken}, heard through the outbox, marks every dossier of that contact.
 */
public interface ContactpersoonStatusPort {

  /** The status of a directory entry; never called with null (no contact person is ONTBREEKT). */
  Mono<ContactpersoonStatus> status(UUID contactpersoonId);
}
