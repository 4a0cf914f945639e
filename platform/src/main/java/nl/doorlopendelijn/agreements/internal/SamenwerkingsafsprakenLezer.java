package nl.doorlopendelijn.agreements.internal;

import java.time.LocalDate;
import java.util.UUID;
import nl.doorlopendelijn.agreements.ActieveAfspraak;
import nl.doorlopendelijn.agreements.Samenwerkingsafspraken;
import nl.doorlopendelijn.kernel.Scenario;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The read API for other modules. */
@Component
class SamenwerkingsafsprakenLezer implements Samenwerkingsafspraken {

  private final TenantTransactions tx;
  private final AfspraakRepository afspraken;

  SamenwerkingsafsprakenLezer(TenantTransactions tx, AfspraakRepository afspraken) {
    this.tx = tx;
    this.afspraken = afspraken;
  }

  @Override
  public Mono<ActieveAfspraak> actieveVoor(UUID tenantId, String gemeenteCode, String azcCode, LocalDate op) {
    return tx.read(tenantId, afspraken.actieveVoor(tenantId, gemeenteCode, azcCode, op))
        .map(SamenwerkingsafsprakenLezer::alsActieve);
  }

  @Override
  public Mono<ActieveAfspraak> versie(UUID tenantId, UUID versieId) {
    return tx.read(tenantId, afspraken.vind(tenantId, versieId, new Zicht(Zicht.Soort.ALLES, null), false))
        .map(SamenwerkingsafsprakenLezer::alsActieve);
  }

  private static ActieveAfspraak alsActieve(AfspraakVersie v) {
    return new ActieveAfspraak(v.tenantId(), v.afspraakId(), v.id(), v.versienummer(), v.inhoud().azcCode(),
        Scenario.fromCode(v.inhoud().scenario()), v.inhoud().mengvorm(), v.inhoud().normen(), v.inhoud().geldigVanaf(), v.inhoud().geldigTot());
  }
}
