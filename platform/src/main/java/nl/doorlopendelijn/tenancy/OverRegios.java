package nl.doorlopendelijn.tenancy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.web.ApiProblem;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Work across regions, the one way to do it: a COA liaison's lists, the platform's own jobs over every region.
 *
 * <ul>
 *   <li><b>Which regions</b>: {@link #actieve()} every active region (what users look at); {@link #alle()} every
 *     region the registry knows, deactivated ones too, whose rows are kept until the purge (the platform's own
 *     work: retention, a contact who left); {@link #voorCoa} the active regions where a COA liaison's access
 *     ({@link CoaRegios}, the one rule) is at least the level the view needs, each with that access.</li>
 *   <li><b>One tenant transaction per region</b>: {@link Bereik#lees} and {@link Bereik#schrijf} run the work of one
 *     region in a transaction bound to that region ({@link TenantTransactions}: RLS shows that region only);
 *     never one transaction across regions. Call them outside any transaction: a region's transaction would join
 *     it.</li>
 *   <li><b>Bounded</b>: at most {@value #GELIJKTIJDIG} regions at once (each holds a pooled connection while it
 *     works), also for the access checks of {@link #voorCoa}.</li>
 *   <li><b>Stable order</b>: the results come merged in the order of the regions' slugs, and within a region in
 *     the work's own order, however the regions' work interleaves. A region's results are held until it is done
 *     (its transaction ends first), so the work per region is bounded by its query (e.g. a page size).</li>
 *   <li><b>A failing region fails the whole answer</b> (its error passes on unchanged, the other regions' work is
 *     cancelled; what regions finished before stays committed). A cross-region list that silently leaves out a
 *     region looks complete, and a liaison would act on it; an error she can retry does not mislead. The
 *     failure is logged with work and region and counted in {@code doorlopendelijn.regios.mislukt}; an
 *     {@link ApiProblem} is an answer, not a failure, and is neither logged nor counted.</li>
 * </ul>
 */
@Component
public class OverRegios {

  /** Regions worked on at once: a handful of fan-outs together stay well within the pool (20 connections). */
  public static final int GELIJKTIJDIG = 4;
  static final String METRIEK = "doorlopendelijn.regios.mislukt";

  private static final Logger log = LoggerFactory.getLogger(OverRegios.class);
  private static final Comparator<Region> OP_SLUG = Comparator.comparing(Region::slug);

  private final RegionRegistry registry;
  private final TenantTransactions tx;
  private final CoaRegios coaRegios;
  private final ObjectProvider<MeterRegistry> metrics;

  OverRegios(RegionRegistry registry, TenantTransactions tx, CoaRegios coaRegios,
      ObjectProvider<MeterRegistry> metrics) {
    this.registry = registry;
    this.tx = tx;
    this.coaRegios = coaRegios;
    this.metrics = metrics;
  }

  /** Every active region. */
  public Bereik<Region> actieve() {
    return new Bereik<>(registry.all().filter(Region::active).sort(OP_SLUG), Function.identity());
  }

  /** Every region the registry knows (not removed), also deactivated ones. */
  public Bereik<Region> alle() {
    return new Bereik<>(registry.all().sort(OP_SLUG), Function.identity());
  }

  /**
   * The active regions where the COA liaison's access is at least {@code minimaal}, each with her access there:
   * {@link CoaToegang#VOLLEDIG} for a region's dossier list and dashboard, {@link CoaToegang#AFSPRAKEN} for its
   * agreements, {@link CoaToegang#ALLEEN_DOSSIERS} for her open dossiers. Nobody else has any.
   */
  public Bereik<CoaRegios.RegioToegang> voorCoa(Caller caller, CoaToegang minimaal) {
    if (minimaal == null || minimaal == CoaToegang.GEEN) {
      throw new IllegalArgumentException("a COA view needs some access");
    }
    Flux<CoaRegios.RegioToegang> regios = registry.all().filter(Region::active).sort(OP_SLUG)
        .flatMapSequential(r -> gemeld("coa-toegang", r, coaRegios.toegang(caller, r))
            .map(t -> new CoaRegios.RegioToegang(r, t)), GELIJKTIJDIG)
        .filter(rt -> rt.toegang().minstens(minimaal));
    return new Bereik<>(regios, CoaRegios.RegioToegang::regio);
  }

  /** Some regions, each an {@code E} that names its region; work on them as the class says. */
  public final class Bereik<E> {
    private final Flux<E> elementen;
    private final Function<E, Region> regio;

    private Bereik(Flux<E> elementen, Function<E, Region> regio) {
      this.elementen = elementen;
      this.regio = regio;
    }

    /** The regions themselves, in slug order, for work that needs no tenant data (e.g. what is in memory). */
    public Flux<E> regios() {
      return elementen;
    }

    /** {@code werk} per region in a read-only transaction of that region; {@code naam} names it in log and metric. */
    public <T> Flux<T> lees(String naam, Function<E, ? extends Publisher<T>> werk) {
      return over(naam, e -> tx.read(regio.apply(e).id(), Flux.from(werk.apply(e)).collectList()));
    }

    /** As {@link #lees}, in a read-write transaction (changes, and reads that write their audit record). */
    public <T> Flux<T> schrijf(String naam, Function<E, ? extends Publisher<T>> werk) {
      return over(naam, e -> tx.write(regio.apply(e).id(), Flux.from(werk.apply(e)).collectList()));
    }

    // A region's results are gathered inside its transaction, which ends before they are passed on: a slow
    // consumer (the platform's jobs work dossier by dossier) never keeps a region's transaction open.
    private <T> Flux<T> over(String naam, Function<E, Mono<List<T>>> inTransactie) {
      return elementen.flatMapSequential(e -> gemeld(naam, regio.apply(e), Mono.defer(() -> inTransactie.apply(e))),
              GELIJKTIJDIG)
          .flatMapIterable(resultaten -> resultaten);
    }
  }

  private <T, P extends Publisher<T>> Flux<T> gemeld(String naam, Region regio, P werk) {
    return Flux.from(werk).doOnError(e -> !(e instanceof ApiProblem), e -> {
      log.warn("werk over regio's mislukt: {} in {}: {}", naam, regio.slug(), e.getClass().getSimpleName());
      metrics.ifAvailable(m -> Counter.builder(METRIEK).description("werk over regio's dat in een regio mislukte")
          .tag("werk", naam).register(m).increment());
    });
  }
}
