package nl.doorlopendelijn.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.identity.CallerKind;
import nl.doorlopendelijn.identity.Role;
import nl.doorlopendelijn.web.ApiProblem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.reactive.AbstractReactiveTransactionManager;
import org.springframework.transaction.reactive.GenericReactiveTransaction;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * The contract of work across regions, without a database: which regions, one transaction per region with that
 * region bound, at most {@link OverRegios#GELIJKTIJDIG} at once, slug order, and a failing region fails the whole.
 * (That the bound region is what RLS shows: {@code TenantTransactionsTest}, against PostgreSQL.)
 */
class OverRegiosTest {

  /** Ten active regions, named so that their slug order differs from the order the registry hands them out. */
  private static final List<Region> ACTIEF = IntStream.range(0, 10)
      .mapToObj(i -> regio("regio-" + (char) ('j' - i), "actief")).toList();
  private static final Region GEDEACTIVEERD = regio("regio-z", "gedeactiveerd");

  private final List<String> gebeurtenissen = Collections.synchronizedList(new ArrayList<>());
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicInteger hoogsteOpen = new AtomicInteger();

  @Test
  void actieveRegiosInSlugVolgordeOokAlsDeEersteHetLangstDuurt() {
    OverRegios over = over(CoaToegang.GEEN);
    Flux<String> slugs = over.actieve().lees("test", r -> Mono.just(r.slug())
        .delayElement(Duration.ofMillis(r.slug().equals("regio-a") ? 200 : 10)));

    List<String> verwacht = ACTIEF.stream().map(Region::slug).sorted().toList();
    StepVerifier.create(slugs.collectList()).expectNext(verwacht).verifyComplete();
  }

  @Test
  void alleRegiosOmvattenOokGedeactiveerdeActieveNiet() {
    OverRegios over = over(CoaToegang.GEEN);
    assertThat(over.alle().regios().map(Region::slug).collectList().block()).contains("regio-z").hasSize(11);
    assertThat(over.actieve().regios().map(Region::slug).collectList().block()).doesNotContain("regio-z")
        .hasSize(10);
  }

  @Test
  void elkeRegioInEenEigenTransactieMetDieRegioGebonden() {
    OverRegios over = over(CoaToegang.GEEN);
    List<Boolean> eigenTenant = over.alle().schrijf("test", r -> Mono.deferContextual(ctx ->
        Mono.just(r.id().equals(ctx.get(TenantTransactions.TENANT_KEY))))).collectList().block();

    assertThat(eigenTenant).hasSize(11).containsOnly(true);
    List<String> begonnen = gebeurtenissen.stream().filter(g -> g.startsWith("begin ")).toList();
    assertThat(begonnen).hasSize(11).doesNotHaveDuplicates().contains("begin " + GEDEACTIVEERD.id())
        .containsAll(ACTIEF.stream().map(r -> "begin " + r.id()).toList());
  }

  @Test
  void nietMeerDanVierTransactiesTegelijkEnWelDegelijkTegelijk() {
    OverRegios over = over(CoaToegang.GEEN);
    over.actieve().lees("test", r -> Mono.delay(Duration.ofMillis(30))).blockLast(Duration.ofSeconds(5));

    assertThat(hoogsteOpen.get()).isEqualTo(OverRegios.GELIJKTIJDIG);
  }

  @Test
  void deTransactieVanEenRegioIsAfVoordatZijnResultatenDoorgaan() {
    OverRegios over = over(CoaToegang.GEEN);
    over.actieve().lees("test", r -> Flux.just(1, 2)).doOnNext(x -> gebeurtenissen.add("resultaat"))
        .take(1).blockLast(Duration.ofSeconds(5));

    int eersteResultaat = gebeurtenissen.indexOf("resultaat");
    assertThat(gebeurtenissen.subList(0, eersteResultaat)).contains("commit " + Region.idFor("regio-a"));
  }

  @Test
  void eenMislukteRegioLaatHetHeleAntwoordMislukkenGemeldEnGeteld() {
    OverRegios over = over(CoaToegang.GEEN);
    IllegalStateException fout = new IllegalStateException("kapot");
    Flux<String> werk = over.actieve().lees("test.werk",
        r -> r.slug().equals("regio-c") ? Mono.error(fout) : Mono.just(r.slug()));

    StepVerifier.create(werk).expectNext("regio-a", "regio-b").expectErrorMatches(e -> e == fout).verify();
    assertThat(meters.counter(OverRegios.METRIEK, "werk", "test.werk").count()).isEqualTo(1.0);
  }

  @Test
  void eenApiProbleemIsEenAntwoordGeenStoring() {
    OverRegios over = over(CoaToegang.GEEN);
    StepVerifier.create(over.actieve().lees("test.probleem", r -> Mono.error(ApiProblem.notFound())))
        .expectError(ApiProblem.class).verify();
    assertThat(meters.find(OverRegios.METRIEK).counters()).isEmpty();
  }

  @Test
  void eenCoaBlikKrijgtDeActieveRegiosVanafHetGevraagdeNiveauMetDieToegang() {
    for (CoaToegang toegang : CoaToegang.values()) {
      OverRegios over = over(toegang);
      for (CoaToegang niveau : List.of(CoaToegang.ALLEEN_DOSSIERS, CoaToegang.AFSPRAKEN, CoaToegang.VOLLEDIG)) {
        List<CoaRegios.RegioToegang> regios = over.voorCoa(LIAISON, niveau).regios().collectList().block();
        String geval = "toegang " + toegang + ", niveau " + niveau;
        assertThat(regios).as(geval).hasSize(toegang.minstens(niveau) ? 10 : 0)
            .allMatch(rt -> rt.toegang() == toegang && rt.regio().active());
        assertThat(regios).as(geval).extracting(rt -> rt.regio().slug()).isSorted();
      }
    }
  }

  @Test
  void eenCoaBlikVanIemandAndersDanEenLiaisonIsLeeg() {
    Caller medewerker = new Caller(CallerKind.REGIO, "https://idp/regio-a", "x", ACTIEF.get(0).id(),
        ACTIEF.get(0).slug(), java.util.Set.of(Role.REGIO_COORDINATOR), null, null);
    assertThat(over(CoaToegang.VOLLEDIG).voorCoa(medewerker, CoaToegang.ALLEEN_DOSSIERS).regios().collectList()
        .block()).isEmpty();
  }

  private static final Caller LIAISON = new Caller(CallerKind.COA, "https://idp/coa", "coa", null, null,
      java.util.Set.of(Role.COA_LIAISON), null, "AZC01");

  private OverRegios over(CoaToegang toegang) {
    List<Region> regios = new ArrayList<>(ACTIEF);
    regios.add(GEDEACTIVEERD);
    StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("meters", meters));
    return new OverRegios(new VasteRegios(regios), new TenantTransactions(new VastgelegdeTransacties()),
        new CoaRegios(List.of((caller, regio) -> Mono.just(toegang))), beans.getBeanProvider(MeterRegistry.class));
  }

  private static Region regio(String slug, String status) {
    return new Region(Region.idFor(slug), slug, slug, "https://idp/" + slug, "descriptor", status, null);
  }

  /** The registry, with its regions in the order given. */
  private record VasteRegios(List<Region> regios) implements RegionRegistry {
    @Override
    public Mono<Region> bySlug(String slug) {
      return Flux.fromIterable(regios).filter(r -> r.slug().equals(slug)).next();
    }

    @Override
    public Mono<Region> byIssuer(String issuer) {
      return Flux.fromIterable(regios).filter(r -> r.issuer().equals(issuer)).next();
    }

    @Override
    public Mono<Region> byId(UUID tenantId) {
      return Flux.fromIterable(regios).filter(r -> r.id().equals(tenantId)).next();
    }

    @Override
    public Flux<Region> all() {
      return Flux.fromIterable(regios);
    }

    @Override
    public Mono<Void> reload() {
      return Mono.empty();
    }

    @Override
    public Flux<Long> herladen() {
      return Flux.never();
    }
  }

  /** A transaction manager that only writes down what it is asked: begin (with the bound tenant) and commit. */
  private final class VastgelegdeTransacties extends AbstractReactiveTransactionManager {
    @Override
    protected Object doGetTransaction(TransactionSynchronizationManager m) {
      return new Object[1];
    }

    @Override
    protected Mono<Void> doBegin(TransactionSynchronizationManager m, Object tx, TransactionDefinition d) {
      return Mono.deferContextual(ctx -> {
        UUID tenant = ctx.get(TenantTransactions.TENANT_KEY);
        ((Object[]) tx)[0] = tenant;
        gebeurtenissen.add("begin " + tenant);
        hoogsteOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
        return Mono.empty();
      });
    }

    @Override
    protected Mono<Void> doCommit(TransactionSynchronizationManager m, GenericReactiveTransaction status) {
      return Mono.fromRunnable(() -> {
        open.decrementAndGet();
        gebeurtenissen.add("commit " + ((Object[]) status.getTransaction())[0]);
      });
    }

    @Override
    protected Mono<Void> doRollback(TransactionSynchronizationManager m, GenericReactiveTransaction status) {
      return Mono.fromRunnable(() -> {
        open.decrementAndGet();
        gebeurtenissen.add("rollback " + ((Object[]) status.getTransaction())[0]);
      });
    }
  }
}
