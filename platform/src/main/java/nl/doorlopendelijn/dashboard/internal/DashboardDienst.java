package nl.doorlopendelijn.dashboard.internal;

import java.util.List;
import java.util.function.BiPredicate;
import nl.doorlopendelijn.dashboard.suppression.Onderdrukking;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.identity.CallerKind;
import nl.doorlopendelijn.identity.Role;
import nl.doorlopendelijn.tenancy.CoaRegios;
import nl.doorlopendelijn.tenancy.CoaToegang;
import nl.doorlopendelijn.tenancy.OverRegios;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.RegionScope;
import nl.doorlopendelijn.web.ApiProblem;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.ObjectMapper;

/**
 * What the web layer asks: a view of a region or of an azc across regions, now or live. Per request this only picks
 * the view for the caller's kind from memory; it is rendered once per version and kind and then shared.
 */
@Service
class DashboardDienst {

  /** One version of a view as sent: the SSE id and the JSON. */
  public record Versie(String id, Gerenderd weergave) {}

  private static final int MAX_AZC_WEERGAVEN = 256;

  private final RegioDashboards dashboards;
  private final OverRegios overRegios;
  private final ObjectMapper json;
  private final java.util.Map<String, Mono<Gerenderd>> azcWeergaven = new java.util.concurrent.ConcurrentHashMap<>();

  DashboardDienst(RegioDashboards dashboards, OverRegios overRegios, ObjectMapper json) {
    this.dashboards = dashboards;
    this.overRegios = overRegios;
    this.json = json;
  }

  public Mono<Versie> regio(RegionScope scope) {
    Zicht zicht = zicht(scope);
    return dashboards.van(scope.region()).huidige()
        .timeout(dashboards.eersteStandWacht())
        .onErrorMap(java.util.concurrent.TimeoutException.class,
            e -> ApiProblem.unavailable("Het dashboard wordt nog berekend; probeer het zo opnieuw.", java.time.Duration.ofSeconds(2)))
        .flatMap(stand -> versie(stand, zicht));
  }

  public Flux<Versie> regioStroom(RegionScope scope, String laatstGezien) {
    Zicht zicht = zicht(scope);
    return dashboards.van(scope.region()).vanaf(laatstGezien).concatMap(stand -> versie(stand, zicht));
  }

  /** A COA liaison's own azc in every region where an agreement with it is in force, merged. */
  public Mono<Versie> azc(Caller caller, String azc) {
    return azcStroom(caller, azc, null).next()
        .timeout(dashboards.eersteStandWacht())
        .onErrorMap(java.util.concurrent.TimeoutException.class,
            e -> ApiProblem.unavailable("Het dashboard wordt nog berekend; probeer het zo opnieuw.",
                java.time.Duration.ofSeconds(2)));
  }

  public Flux<Versie> azcStroom(Caller caller, String azc, String laatstGezien) {
    if (caller == null || caller.kind() != CallerKind.COA || !caller.has(Role.COA_LIAISON)
        || !azc.equals(caller.azcCode())) {
      return Flux.error(ApiProblem::notFound);
    }
    // the regions as the one rule says (an agreement in force), in slug order; their figures are in memory
    return overRegios.voorCoa(caller, CoaToegang.VOLLEDIG).regios()
        .map(CoaRegios.RegioToegang::regio)
        .collectList()
        .flatMapMany(regios -> regios.isEmpty() ? Flux.just(List.<RegioStand>of())
            : Flux.combineLatest(regios.stream().map(r -> dashboards.van(r).vanaf(null)).toList(),
                standen -> java.util.Arrays.stream(standen).map(RegioStand.class::cast).toList()))
        .concatMap(standen -> azcVersie(standen, azc))
        .filter(versie -> !versie.id().equals(laatstGezien));
  }

  private Mono<Versie> azcVersie(List<RegioStand> standen, String azc) {
    String sleutel = azcSleutel(standen, azc);
    if (azcWeergaven.size() > MAX_AZC_WEERGAVEN) {
      azcWeergaven.clear();
    }
    Mono<Gerenderd> weergave = azcWeergaven.computeIfAbsent(sleutel, k -> render(tijdOp ->
        WeergaveBouwer.bouw(standen.stream().map(RegioStand::inhoud).toList(), Zicht.VOLLEDIG,
            (gemeente, a) -> azc.equals(a), Onderdrukking.standaard(), false, tijdOp)));
    return weergave.map(w -> new Versie(azcId(sleutel), w));
  }

  /**
   * What an azc dashboard is made of: the azc and each region's version, by slug, reeks and number (after a stop and
   * start the numbers begin at 1 again, for other content). Equal keys, equal content.
   */
  static String azcSleutel(List<RegioStand> standen, String azc) {
    StringBuilder sleutel = new StringBuilder(azc);
    standen.forEach(s -> sleutel.append('|').append(s.inhoud().regio().slug()).append(':').append(s.id()));
    return sleutel.toString();
  }

  /**
   * The SSE id and ETag of an azc dashboard: a digest of its key, so it changes whenever a region joins, leaves or has
   * a new version. (A sum of the regions' numbers, as before, is equal for other sets of regions: a viewer
   * reconnecting after an agreement began or ended could skip the version she lacked, and a GET answer 304.)
   */
  static String azcId(String sleutel) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
          .digest(sleutel.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private Zicht zicht(RegionScope scope) {
    if (!scope.lijstEnDashboard()) {
      // a COA liaison without an agreement in force here: each open dossier on its own, no dashboard
      throw ApiProblem.notFound();
    }
    return Zicht.voorRegio(scope.caller(), scope.region()).orElseThrow(ApiProblem::notFound);
  }

  private Mono<Versie> versie(RegioStand stand, Zicht zicht) {
    return stand.weergave(zicht.sleutel(), k -> {
      Region regio = stand.inhoud().regio();
      int drempel = regio.descriptor() == null ? Onderdrukking.STANDAARD_DREMPEL
          : regio.descriptor().drempelKleineAantallen();
      BiPredicate<String, String> alles = (g, a) -> true;
      return render(tijdOp -> WeergaveBouwer.bouw(List.of(stand.inhoud()), zicht, alles,
          Onderdrukking.metDrempel(drempel), true, tijdOp));
    }).map(weergave -> new Versie(stand.id(), weergave));
  }

  /**
   * Builds, audits and renders a view once, off the event loop (the audit solves integer programmes), within the
   * audit time (past it the view suppresses every figure about the rest); the result is replayed to all who ask.
   * The work runs to the end even when the request that started it gives up (a page's bounded call asks again):
   * the next request then finds it done instead of starting over.
   */
  private Mono<Gerenderd> render(java.util.function.Function<java.util.function.BooleanSupplier, DashboardWeergave> bouw) {
    java.util.concurrent.CompletableFuture<Gerenderd> klaar = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      long tot = System.nanoTime() + dashboards.auditTijd().toNanos();
      DashboardWeergave weergave = bouw.apply(() -> System.nanoTime() > tot);
      return Gerenderd.van(json.writeValueAsString(weergave), weergave);
    }, taak -> Schedulers.boundedElastic().schedule(taak));
    return Mono.fromFuture(klaar, true);
  }
}
