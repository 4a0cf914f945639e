package nl.doorlopendelijn.dossiers;

import java.util.UUID;
import nl.doorlopendelijn.dossiers.planning.ContactpersoonStatus;
import reactor.core.publisher.Mono;

/**
 * PORT: is the vaste contactpersoon (a directory entry) still there? Implemented by the directory module; until then
 * a default bean answers AANWEZIG. A departure can also be pushed: {@link DossierSignals#contactpersoonVertrokken}.
 */
public interface ContactpersoonStatusPort {

  /** The status of a directory entry; never called with null (no contact person is ONTBREEKT). */
  Mono<ContactpersoonStatus> status(UUID contactpersoonId);
}
