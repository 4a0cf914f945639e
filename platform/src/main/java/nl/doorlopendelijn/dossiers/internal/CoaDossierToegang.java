package nl.doorlopendelijn.dossiers.internal;

import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.identity.Role;
import nl.doorlopendelijn.tenancy.CoaRegionAccess;
import nl.doorlopendelijn.tenancy.CoaToegang;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The dossiers' part of {@link CoaToegang}: an open dossier of the liaison's azc that has not moved yet keeps her
 * in the region ({@link CoaToegang#ALLEEN_DOSSIERS}) even without an agreement, until the move: the COA must still
 * update its klantprofiel. One indexed EXISTS (tenant_id, azc_code) in the region's tenant-bound transaction.
 */
@Component
class CoaDossierToegang implements CoaRegionAccess {

  private final TenantTransactions tx;
  private final DatabaseClient db;

  CoaDossierToegang(TenantTransactions tx, DatabaseClient db) {
    this.tx = tx;
    this.db = db;
  }

  @Override
  public Mono<CoaToegang> toegang(Caller coaLiaison, Region region) {
    if (coaLiaison.azcCode() == null || !coaLiaison.has(Role.COA_LIAISON)) {
      return Mono.just(CoaToegang.GEEN);
    }
    return tx.read(region.id(), db.sql("select exists (select 1 from dossier d where d.tenant_id = :tenant"
                + " and d.azc_code = :azc and " + Zicht.OPEN_NIET_VERHUISD + ") as x")
            .bind("tenant", region.id()).bind("azc", coaLiaison.azcCode())
            .map((row, m) -> CoaToegang.uitDossiers(Boolean.TRUE.equals(row.get("x", Boolean.class)))).one())
        .defaultIfEmpty(CoaToegang.GEEN);
  }
}
