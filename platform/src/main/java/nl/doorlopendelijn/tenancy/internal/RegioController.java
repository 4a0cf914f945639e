package nl.doorlopendelijn.tenancy.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.doorlopendelijn.tenancy.RegionScope;
import nl.doorlopendelijn.tenancy.TenantDescriptor;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The caller's region and its gemeenten. */
@RestController
@RequestMapping("/api/v1/regios/{regio}")
@Tag(name = "Regio's", description = "De regio (tenant) van de gebruiker en haar gemeenten")
class RegioController {

  /** A region as the API shows it. */
  record Regio(String slug, String naam, List<String> azcLocaties, String regionaalAzc,
      TenantDescriptor.Normen normen, int drempelKleineAantallen) {}

  record Gemeente(String cbsCode, String naam) {}

  record Gemeenten(List<Gemeente> gemeenten) {}

  private final DatabaseClient db;
  private final TenantTransactions tx;

  RegioController(DatabaseClient db, TenantTransactions tx) {
    this.db = db;
    this.tx = tx;
  }

  @GetMapping
  @Operation(operationId = "getRegio", summary = "Haal de regio op")
  Mono<Regio> regio(@PathVariable("regio") String regio, RegionScope scope) {
    TenantDescriptor d = scope.region().descriptor();
    return Mono.just(new Regio(d.slug(), d.naam(), d.azcLocaties(), d.regionaalAzc(), d.normen(),
        d.drempelKleineAantallen()));
  }

  @GetMapping("/gemeenten")
  @Operation(operationId = "listGemeenten", summary = "Lijst de gemeenten van de regio")
  Mono<Gemeenten> gemeenten(@PathVariable("regio") String regio, RegionScope scope) {
    return tx.readMany(scope.tenantId(),
            db.sql("select cbs_code, naam from regio_gemeente where tenant_id = :tenant order by naam")
                .bind("tenant", scope.tenantId())
                .map((row, meta) -> new Gemeente(row.get("cbs_code", String.class), row.get("naam", String.class)))
                .all())
        .collectList()
        .map(Gemeenten::new);
  }
}
