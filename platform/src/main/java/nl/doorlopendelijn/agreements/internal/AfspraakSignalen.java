package nl.doorlopendelijn.agreements.internal;

import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.agreements.AgreementSignals;
import nl.doorlopendelijn.audit.AuditEntry;
import nl.doorlopendelijn.audit.AuditLog;
import nl.doorlopendelijn.tenancy.OverRegios;
import nl.doorlopendelijn.tenancy.Region;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Raises signals on agreements, in every region ({@link OverRegios#alle()}, as the dossiers hear the same event),
 * each region in its own tenant-bound transaction.
 */
@Component
class AfspraakSignalen implements AgreementSignals {

  private final OverRegios overRegios;
  private final AfspraakRepository afspraken;
  private final HistorieRepository historie;
  private final AuditLog audit;

  AfspraakSignalen(OverRegios overRegios, AfspraakRepository afspraken, HistorieRepository historie,
      AuditLog audit) {
    this.overRegios = overRegios;
    this.afspraken = afspraken;
    this.historie = historie;
    this.audit = audit;
  }

  @Override
  public Mono<Long> contactpersoonVertrokken(UUID contactpersoonId) {
    return overRegios.alle().schrijf("samenwerkingsafspraak.signaal", r -> vertrokken(r, contactpersoonId)).count();
  }

  /** In one region: marks the versions with the contact, each with a history entry and an audit record. */
  private Flux<UUID> vertrokken(Region r, UUID contactpersoonId) {
    return afspraken.signaleerVertrek(r.id(), contactpersoonId)
        .concatMap(versieId -> afspraken.afspraakVan(r.id(), versieId)
            .flatMap(afspraakId -> historie.schrijf(r.id(), afspraakId, versieId, "systeem", "signaal", null,
                    java.util.Map.of("signaal", "contactpersoon-vertrokken"))
                .then(audit.record(AuditEntry.gelukt("samenwerkingsafspraak.signaal",
                    AfspraakService.OBJECT_TYPE, List.of(versieId.toString()), AfspraakService.ACTIVITEIT))))
            .thenReturn(versieId));
  }
}
