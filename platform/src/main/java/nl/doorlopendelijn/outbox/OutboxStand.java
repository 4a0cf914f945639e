package nl.doorlopendelijn.outbox;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * How the outbox stands: deliveries waiting (of which failing, i.e. tried and refused at least once) and the
 * failing ones themselves. Ids, the region, type and listener names and error texts only: no payload.
 */
public record OutboxStand(long wachtend, long mislukt, OffsetDateTime oudsteWachtendSinds,
    List<MislukteAflevering> mislukteAfleveringen) {

  public record MislukteAflevering(UUID id, String regio, String gebeurtenisType, String ontvanger, int pogingen,
      String laatsteFout, OffsetDateTime aangemaaktOp, OffsetDateTime volgendePogingOp) {}
}
