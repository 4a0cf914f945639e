package nl.doorlopendelijn.dashboard.internal;

import io.r2dbc.postgresql.codec.Json;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import nl.doorlopendelijn.dashboard.DashboardFeiten;
import nl.doorlopendelijn.dashboard.DossierFeit;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Mono;
import tools.jackson.databind.ObjectMapper;

/**
 * Stores a dossier's facts and queues {@code NOTIFY dashboard, '<tenant>:<volgnummer>'} in one statement, in the
 * caller's transaction: PostgreSQL delivers the notification at commit, so listeners never see uncommitted work.
 * Facts equal to the stored ones change nothing and notify no one.
 */
@Component
class FeitenOpslag implements DashboardFeiten {

  static final String KANAAL = "dashboard";

  private static final String UPSERT = """
      with feit as (
        insert into dashboard_dossier_feit (tenant_id, dossier_id, gemeente_code, azc_code, status, scenario,
          koppelingsdatum, verwachte_verhuisdatum, werkelijke_verhuisdatum, driegesprek_vervaldatum,
          driegesprek_datum, klantprofiel_update_datum, stilval_vanaf, open_mijlpalen, afspraak_versie_id,
          gesloten, volgnummer)
        values (:tenant, :dossier, :gemeente, :azc, :status, :scenario, :koppeling, :verwachteVerhuizing,
          :werkelijkeVerhuizing, :driegesprekVerval, :driegesprek, :klantprofiel, :stilvalVanaf, :mijlpalen,
          :afspraakVersie, :gesloten, nextval('dashboard_feit_volgnummer'))
        on conflict (tenant_id, dossier_id) do update set
          gemeente_code = excluded.gemeente_code, azc_code = excluded.azc_code, status = excluded.status,
          scenario = excluded.scenario, koppelingsdatum = excluded.koppelingsdatum,
          verwachte_verhuisdatum = excluded.verwachte_verhuisdatum,
          werkelijke_verhuisdatum = excluded.werkelijke_verhuisdatum,
          driegesprek_vervaldatum = excluded.driegesprek_vervaldatum, driegesprek_datum = excluded.driegesprek_datum,
          klantprofiel_update_datum = excluded.klantprofiel_update_datum,
          stilval_vanaf = excluded.stilval_vanaf, open_mijlpalen = excluded.open_mijlpalen,
          afspraak_versie_id = excluded.afspraak_versie_id, gesloten = excluded.gesloten,
          volgnummer = excluded.volgnummer, bijgewerkt_op = clock_timestamp()
        -- the same facts again (the daily job hands every open dossier over) change nothing and notify no one
        where (dashboard_dossier_feit.gemeente_code, dashboard_dossier_feit.azc_code, dashboard_dossier_feit.status,
            dashboard_dossier_feit.scenario, dashboard_dossier_feit.koppelingsdatum,
            dashboard_dossier_feit.verwachte_verhuisdatum, dashboard_dossier_feit.werkelijke_verhuisdatum,
            dashboard_dossier_feit.driegesprek_vervaldatum, dashboard_dossier_feit.driegesprek_datum,
            dashboard_dossier_feit.klantprofiel_update_datum, dashboard_dossier_feit.stilval_vanaf,
            dashboard_dossier_feit.open_mijlpalen, dashboard_dossier_feit.afspraak_versie_id,
            dashboard_dossier_feit.gesloten)
          is distinct from (excluded.gemeente_code, excluded.azc_code, excluded.status, excluded.scenario,
            excluded.koppelingsdatum, excluded.verwachte_verhuisdatum, excluded.werkelijke_verhuisdatum,
            excluded.driegesprek_vervaldatum, excluded.driegesprek_datum, excluded.klantprofiel_update_datum,
            excluded.stilval_vanaf, excluded.open_mijlpalen, excluded.afspraak_versie_id, excluded.gesloten)
        returning tenant_id, volgnummer)
      select pg_notify('dashboard', feit.tenant_id::text || ':' || feit.volgnummer) from feit""";

  private static final String DELETE = """
      with weg as (delete from dashboard_dossier_feit where tenant_id = :tenant and dossier_id = :dossier)
      select pg_notify('dashboard', :tenantTekst || ':' || nextval('dashboard_feit_volgnummer'))""";

  private final DatabaseClient db;
  private final ObjectMapper json;

  FeitenOpslag(DatabaseClient db, ObjectMapper json) {
    this.db = db;
    this.json = json;
  }

  @Override
  public Mono<Void> registreer(DossierFeit f) {
    return binnenTransactieVan(f.tenantId(), Mono.defer(() -> {
      GenericExecuteSpec spec = db.sql(UPSERT)
          .bind("tenant", f.tenantId())
          .bind("dossier", f.dossierId())
          .bind("gemeente", f.gemeenteCode())
          .bind("azc", f.azcCode())
          .bind("status", f.status())
          .bind("scenario", f.scenario().code())
          .bind("mijlpalen", Json.of(mijlpalen(f.openMijlpalenVervaldatum())))
          .bind("gesloten", f.gesloten());
      spec = datum(spec, "koppeling", f.koppelingsdatum());
      spec = datum(spec, "verwachteVerhuizing", f.verwachteVerhuisdatum());
      spec = datum(spec, "werkelijkeVerhuizing", f.werkelijkeVerhuisdatum());
      spec = datum(spec, "driegesprekVerval", f.driegesprekVervaldatum());
      spec = datum(spec, "driegesprek", f.driegesprekDatum());
      spec = datum(spec, "klantprofiel", f.klantprofielUpdateDatum());
      spec = datum(spec, "stilvalVanaf", f.stilvalVanaf());
      spec = f.afspraakVersieId() == null ? spec.bindNull("afspraakVersie", UUID.class)
          : spec.bind("afspraakVersie", f.afspraakVersieId());
      return spec.fetch().rowsUpdated().then();
    }));
  }

  @Override
  public Mono<Void> verwijder(UUID tenantId, UUID dossierId) {
    return binnenTransactieVan(tenantId, Mono.defer(() -> db.sql(DELETE)
        .bind("tenant", tenantId)
        .bind("dossier", dossierId)
        .bind("tenantTekst", tenantId.toString())
        .fetch().rowsUpdated().then()));
  }

  /** Refuses to run outside a transaction bound to this tenant: the NOTIFY must go out with the change's commit. */
  private static Mono<Void> binnenTransactieVan(UUID tenantId, Mono<Void> werk) {
    return Mono.deferContextual(ctx -> {
      boolean eigenTenant = ctx.<UUID>getOrEmpty(TenantTransactions.TENANT_KEY).map(tenantId::equals).orElse(false);
      if (!eigenTenant) {
        return Mono.error(new IllegalStateException(
            "DashboardFeiten moet binnen TenantTransactions.write van dezelfde regio worden aangeroepen"));
      }
      return TransactionSynchronizationManager.forCurrentTransaction()
          .onErrorMap(e -> new IllegalStateException("DashboardFeiten vraagt een lopende transactie", e))
          .flatMap(tsm -> tsm.isActualTransactionActive() ? werk
              : Mono.error(new IllegalStateException("DashboardFeiten vraagt een lopende transactie")));
    });
  }

  private String mijlpalen(Map<String, LocalDate> open) {
    Map<String, String> tekst = new TreeMap<>();
    open.forEach((type, datum) -> tekst.put(type, datum.toString()));
    return json.writeValueAsString(tekst);
  }

  private static GenericExecuteSpec datum(GenericExecuteSpec spec, String naam, LocalDate datum) {
    return datum == null ? spec.bindNull(naam, LocalDate.class) : spec.bind(naam, datum);
  }
}
