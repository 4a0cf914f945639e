package nl.doorlopendelijn.dossiers.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.azc.AzcLocatie;
import nl.doorlopendelijn.azc.AzcLocaties;
import nl.doorlopendelijn.azc.Ligging;
import nl.doorlopendelijn.dossiers.advies.AdviesDrempels;
import nl.doorlopendelijn.dossiers.advies.Afstand;
import nl.doorlopendelijn.dossiers.advies.Reisafstand;
import nl.doorlopendelijn.dossiers.advies.ScenarioAdvies;
import nl.doorlopendelijn.dossiers.advies.ScenarioAdviseur;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scenario advice around the pure {@link ScenarioAdviseur}: the distance (entered, or estimated from the
 * liggingen of gemeente and azc in the national tables), and the advice stored with a dossier ({@code
 * dossier_advies}, in the dossier's tenant-bound transaction).
 */
@Component
class Advisering {

  /** An advice with what it was given from: the distance and the thresholds (and their region, if any). */
  record Uitkomst(ScenarioAdvies advies, Afstand afstand, AdviesDrempels drempels, String regio) {

    AdviesWeergave weergave(OffsetDateTime gegevenOp) {
      return new AdviesWeergave(advies.scenario().code(), advies.redenen(),
          advies.alternatieven().stream()
              .map(a -> new AdviesWeergave.Alternatief(a.scenario().code(), a.waaromNiet())).toList(),
          advies.bredeIntakeNaVoorinburgering(),
          new AdviesWeergave.AfstandWeergave(afstand.km(), afstand.bron().code(), afstand.hemelsbreedKm()),
          drempels, regio, gegevenOp);
    }
  }

  private static final TypeReference<List<String>> REDENEN = new TypeReference<>() {};
  private static final TypeReference<List<AdviesWeergave.Alternatief>> ALTERNATIEVEN = new TypeReference<>() {};

  private final AzcLocaties azcLocaties;
  private final DatabaseClient db;
  private final JsonMapper json;

  Advisering(AzcLocaties azcLocaties, DatabaseClient db, JsonMapper json) {
    this.azcLocaties = azcLocaties;
    this.db = db;
    this.json = json;
  }

  /**
   * The distance between the gemeente and the location: the one entered, else estimated from where both lie (the
   * location's own ligging, else that of its gemeente); empty when neither is known.
   */
  Mono<Afstand> afstand(Integer ingevoerdKm, String gemeente, String azcCode) {
    if (ingevoerdKm != null) {
      // a negative one is refused by the validation that runs on this answer
      return ingevoerdKm < 0 ? Mono.empty() : Mono.just(Afstand.ingevoerd(ingevoerdKm));
    }
    if (leeg(gemeente) || leeg(azcCode)) {
      return Mono.empty();
    }
    return azcLocaties.byCode(azcCode).flatMap(this::ligging)
        .flatMap(azc -> azcLocaties.gemeente(gemeente)
            .map(g -> Reisafstand.schat(g.breedtegraad(), g.lengtegraad(), azc.breedtegraad(), azc.lengtegraad())));
  }

  private Mono<Ligging> ligging(AzcLocatie azc) {
    return azc.ligging().map(Mono::just)
        .orElseGet(() -> leeg(azc.gemeente()) ? Mono.empty() : azcLocaties.gemeente(azc.gemeente()));
  }

  /** The advice from the dossier's factors, or null when they are not complete (the distance may be estimated). */
  static Uitkomst adviseer(Factoren f, Afstand afstand, AdviesDrempels drempels, String regio) {
    if (f == null || afstand == null || f.verwachteMaandenTotWoning() == null || f.kanReizen() == null
        || f.digitaalVaardig() == null) {
      return null;
    }
    return new Uitkomst(ScenarioAdviseur.adviseer(afstand, f.verwachteMaandenTotWoning(), f.kanReizen(),
        f.digitaalVaardig(), drempels), afstand, drempels, regio);
  }

  /** Stores the dossier's advice (replacing the one before); null removes it (its factors are no longer complete). */
  Mono<Void> bewaar(UUID tenant, UUID dossier, Uitkomst u) {
    if (u == null) {
      return db.sql("delete from dossier_advies where tenant_id = :tenant and dossier_id = :id")
          .bind("tenant", tenant).bind("id", dossier).then();
    }
    ScenarioAdvies a = u.advies();
    var spec = db.sql("""
            insert into dossier_advies (tenant_id, dossier_id, scenario, redenen, alternatieven,
              brede_intake_na_voorinburgering, afstand_km, afstand_bron, afstand_hemelsbreed_km, woning_binnen_maanden,
              max_afstand_km, lang_wachten_maanden, gegeven_op)
            values (:tenant, :id, :scenario, cast(:redenen as jsonb), cast(:alternatieven as jsonb), :naVoorinburgering,
              :km, :bron, :hemelsbreed, :woning, :afstand, :lang, now())
            on conflict (tenant_id, dossier_id) do update set scenario = excluded.scenario,
              redenen = excluded.redenen, alternatieven = excluded.alternatieven,
              brede_intake_na_voorinburgering = excluded.brede_intake_na_voorinburgering,
              afstand_km = excluded.afstand_km, afstand_bron = excluded.afstand_bron,
              afstand_hemelsbreed_km = excluded.afstand_hemelsbreed_km,
              woning_binnen_maanden = excluded.woning_binnen_maanden, max_afstand_km = excluded.max_afstand_km,
              lang_wachten_maanden = excluded.lang_wachten_maanden, gegeven_op = excluded.gegeven_op""")
        .bind("tenant", tenant).bind("id", dossier).bind("scenario", a.scenario().code())
        .bind("redenen", json.writeValueAsString(a.redenen()))
        .bind("alternatieven", json.writeValueAsString(u.weergave(null).alternatieven()))
        .bind("naVoorinburgering", a.bredeIntakeNaVoorinburgering())
        .bind("km", u.afstand().km()).bind("bron", u.afstand().bron().code())
        .bind("woning", u.drempels().woningBinnenMaanden()).bind("afstand", u.drempels().maxAfstandKm())
        .bind("lang", u.drempels().langWachtenMaanden());
    spec = DossierStore.nullable(spec, "hemelsbreed", u.afstand().hemelsbreedKm(), Integer.class);
    return spec.then();
  }

  /** The advice stored with a dossier, as shown; empty when it has none. */
  Mono<AdviesWeergave> lees(UUID tenant, UUID dossier, String regio) {
    return db.sql("""
            select scenario, redenen::text as redenen, alternatieven::text as alternatieven,
              brede_intake_na_voorinburgering, afstand_km, afstand_bron, afstand_hemelsbreed_km,
              woning_binnen_maanden, max_afstand_km, lang_wachten_maanden, gegeven_op
            from dossier_advies where tenant_id = :tenant and dossier_id = :id""")
        .bind("tenant", tenant).bind("id", dossier)
        .map((r, m) -> new AdviesWeergave(r.get("scenario", String.class),
            json.readValue(r.get("redenen", String.class), REDENEN),
            json.readValue(r.get("alternatieven", String.class), ALTERNATIEVEN),
            Boolean.TRUE.equals(r.get("brede_intake_na_voorinburgering", Boolean.class)),
            new AdviesWeergave.AfstandWeergave(r.get("afstand_km", Integer.class), r.get("afstand_bron", String.class),
                r.get("afstand_hemelsbreed_km", Integer.class)),
            new AdviesDrempels(r.get("woning_binnen_maanden", Integer.class), r.get("max_afstand_km", Integer.class),
                r.get("lang_wachten_maanden", Integer.class)),
            regio, r.get("gegeven_op", OffsetDateTime.class)))
        .one();
  }

  private static boolean leeg(String s) {
    return s == null || s.isBlank();
  }
}
