package nl.doorlopendelijn.dashboard.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.doorlopendelijn.agreements.ActieveAfspraak;
import nl.doorlopendelijn.agreements.Samenwerkingsafspraken;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads a region's dashboard content in one read-only transaction bound to the region: two grouped queries over
 * its facts (cost grows with its own dossiers only) and the agreement versions they refer to.
 */
@Component
class StandLezer {

  static final int DAGEN_VOORUIT = 14;

  private static final String GROEPEN = """
      select gemeente_code, azc_code, status, scenario, afspraak_versie_id,
        count(*) as aantal,
        count(*) filter (where not gesloten and werkelijke_verhuisdatum is null
          and verwachte_verhuisdatum between :vandaag and :vooruit
          and klantprofiel_update_datum is null) as verhuizing_zonder_klantprofiel,
        count(*) filter (where not gesloten and stilval_vanaf <= :vandaag) as stilgevallen,
        count(*) filter (where driegesprek_vervaldatum is not null and driegesprek_datum is not null
          and driegesprek_datum <= driegesprek_vervaldatum) as driegesprek_binnen,
        count(*) filter (where driegesprek_vervaldatum is not null
          and (driegesprek_datum is not null or driegesprek_vervaldatum < :vandaag)) as driegesprek_gemeten,
        array_agg(driegesprek_datum - koppelingsdatum order by driegesprek_datum - koppelingsdatum)
          filter (where driegesprek_datum is not null and koppelingsdatum is not null) as dagen_driegesprek,
        array_agg(werkelijke_verhuisdatum - koppelingsdatum order by werkelijke_verhuisdatum - koppelingsdatum)
          filter (where werkelijke_verhuisdatum is not null and koppelingsdatum is not null) as dagen_verhuizing
      from dashboard_dossier_feit
      where tenant_id = :tenant
      group by gemeente_code, azc_code, status, scenario, afspraak_versie_id""";

  private static final String VERLOPEN = """
      select f.gemeente_code, f.azc_code, m.key as type, count(*) as aantal
      from dashboard_dossier_feit f cross join lateral jsonb_each_text(f.open_mijlpalen) m
      where f.tenant_id = :tenant and not f.gesloten and m.value::date < :vandaag
      group by f.gemeente_code, f.azc_code, m.key""";

  private final TenantTransactions tx;
  private final DatabaseClient db;
  private final Samenwerkingsafspraken afspraken;

  StandLezer(TenantTransactions tx, DatabaseClient db, Samenwerkingsafspraken afspraken) {
    this.tx = tx;
    this.db = db;
    this.afspraken = afspraken;
  }

  Mono<Inhoud> lees(Region regio, LocalDate vandaag) {
    UUID tenant = regio.id();
    String regionaalAzc = regio.descriptor() == null ? null : regio.descriptor().regionaalAzc();

    Mono<List<Groep>> groepen = db.sql(GROEPEN)
        .bind("tenant", tenant).bind("vandaag", vandaag).bind("vooruit", vandaag.plusDays(DAGEN_VOORUIT))
        .map((row, meta) -> {
          String azc = row.get("azc_code", String.class);
          return new Groep(row.get("gemeente_code", String.class), azc, Objects.equals(azc, regionaalAzc),
              row.get("status", String.class), row.get("scenario", String.class),
              row.get("afspraak_versie_id", UUID.class), lang(row.get("aantal", Long.class)),
              lang(row.get("verhuizing_zonder_klantprofiel", Long.class)), lang(row.get("stilgevallen", Long.class)),
              lang(row.get("driegesprek_binnen", Long.class)), lang(row.get("driegesprek_gemeten", Long.class)),
              lijst(row.get("dagen_driegesprek", Integer[].class)), lijst(row.get("dagen_verhuizing", Integer[].class)));
        })
        .all().collectList();
    Mono<List<VerlopenMijlpalen>> verlopen = db.sql(VERLOPEN)
        .bind("tenant", tenant).bind("vandaag", vandaag)
        .map((row, meta) -> new VerlopenMijlpalen(row.get("gemeente_code", String.class),
            row.get("azc_code", String.class), row.get("type", String.class), lang(row.get("aantal", Long.class))))
        .all().collectList();

    Mono<Inhoud> werk = groepen.flatMap(gs -> verlopen.flatMap(vs -> afsprakenVan(tenant, gs)
        .map(as -> new Inhoud(regio, vandaag, gs, vs, as))));
    return tx.read(tenant, werk);
  }

  private Mono<Map<UUID, AfspraakInfo>> afsprakenVan(UUID tenant, List<Groep> groepen) {
    return Flux.fromStream(groepen.stream().map(Groep::afspraakVersie).filter(Objects::nonNull).distinct())
        .concatMap(versie -> afspraken.versie(tenant, versie))
        .collect(HashMap<UUID, AfspraakInfo>::new, (m, a) -> m.put(a.versieId(), info(a)))
        .map(Map::copyOf);
  }

  private static AfspraakInfo info(ActieveAfspraak a) {
    return new AfspraakInfo(a.afspraakId(), a.versieId(), a.versienummer(), a.azcCode(), a.scenario().code(),
        a.normen().driegesprek().anker(), a.normen().driegesprek().dagen());
  }

  private static long lang(Long waarde) {
    return waarde == null ? 0 : waarde;
  }

  private static List<Integer> lijst(Integer[] waarden) {
    return waarden == null ? List.of() : Arrays.asList(waarden);
  }
}
