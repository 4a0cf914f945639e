package nl.doorlopendelijn.agreements.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.identity.Role;
import nl.doorlopendelijn.tenancy.CoaRegionAccess;
import nl.doorlopendelijn.tenancy.CoaToegang;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The agreements' part of {@link CoaToegang}: an agreement of the region with the liaison's azc in force today
 * (status {@code actief}, today within its validity) gives {@link CoaToegang#VOLLEDIG}; one past concept (to sign,
 * ended, replaced) {@link CoaToegang#AFSPRAKEN}. Runs on every COA request: one indexed query (tenant_id,
 * azc_code, status) in that region's tenant-bound transaction, no cache to invalidate.
 */
@Component
class CoaAfspraakToegang implements CoaRegionAccess {

  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

  private final TenantTransactions tx;
  private final AfspraakRepository afspraken;
  private final Clock klok;

  CoaAfspraakToegang(TenantTransactions tx, AfspraakRepository afspraken, ObjectProvider<Clock> klok) {
    this.tx = tx;
    this.afspraken = afspraken;
    this.klok = klok.getIfAvailable(Clock::systemUTC);
  }

  @Override
  public Mono<CoaToegang> toegang(Caller coaLiaison, Region region) {
    String azc = coaLiaison.azcCode();
    if (azc == null || !coaLiaison.has(Role.COA_LIAISON)) {
      return Mono.just(CoaToegang.GEEN);
    }
    LocalDate vandaag = LocalDate.now(klok.withZone(NL));
    return tx.read(region.id(), afspraken.coaToegang(region.id(), azc, vandaag)).defaultIfEmpty(CoaToegang.GEEN);
  }
}
