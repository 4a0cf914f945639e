package nl.doorlopendelijn.agreements;

import java.util.UUID;
import reactor.core.publisher.Mono;

/** Signals other modules raise on agreements. */
public interface AgreementSignals {

  /**
   * Records an open signal on every not-ended agreement version, in every region, where this person is a party's
   * contact. One tenant-bound transaction per region. Idempotent: an open signal is not raised twice.
   *
   * @return how many signals were raised
   */
  Mono<Long> contactpersoonVertrokken(UUID contactpersoonId);
}
