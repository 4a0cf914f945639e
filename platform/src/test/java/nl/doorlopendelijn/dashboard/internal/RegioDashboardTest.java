package nl.doorlopendelijn.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.doorlopendelijn.tenancy.Region;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/** Coalescing of recomputes and the replay of versions, in virtual time (no database: the reader is a stub). */
class RegioDashboardTest {

  private static final Region REGIO = new Region(UUID.randomUUID(), "test", "Test", "http://issuer", "descriptor",
      "actief", null);

  private final AtomicInteger gelezen = new AtomicInteger();
  private final AtomicInteger inhoudNummer = new AtomicInteger();

  private Mono<Inhoud> lees() {
    gelezen.incrementAndGet();
    // Every read finds different content (a status named after the read), so every read is a new version.
    String status = "s" + inhoudNummer.incrementAndGet();
    Groep groep = new Groep("GM0855", "AZC-X", false, status, "snelle-start", null, 1, 0, 0, 0, 0, List.of(),
        List.of());
    return Mono.just(new Inhoud(REGIO, LocalDate.of(2026, 1, 1), List.of(groep), List.of(), Map.of()));
  }

  @Test
  void eenReeksWijzigingenKortNaElkaarKostEenHerberekening() {
    VirtualTimeScheduler tijd = VirtualTimeScheduler.create();
    RegioDashboard dashboard = new RegioDashboard("test", this::lees, Duration.ofMillis(50), Duration.ofSeconds(5),
        8, Clock.systemUTC(), tijd);
    for (int i = 0; i < 10; i++) {
      dashboard.herbereken();
    }
    tijd.advanceTimeBy(Duration.ofMillis(49));
    assertThat(gelezen).hasValue(0);
    tijd.advanceTimeBy(Duration.ofMillis(1));
    assertThat(gelezen).as("eerste herberekening").hasValue(1);
    tijd.advanceTimeBy(Duration.ofSeconds(1));
    // The requests that arrived while the first waited collapse into at most one more.
    assertThat(gelezen.get()).isBetween(1, 2);
    int na = gelezen.get();
    tijd.advanceTimeBy(Duration.ofSeconds(10));
    assertThat(gelezen).as("niets gevraagd, niets gelezen").hasValue(na);
    dashboard.stop();
  }

  @Test
  void eenKijkerMetEenBekendIdKrijgtAllesDaarnaEnZonderIdAlleenDeHuidigeStand() {
    VirtualTimeScheduler tijd = VirtualTimeScheduler.create();
    RegioDashboard dashboard = new RegioDashboard("test", this::lees, Duration.ofMillis(50), Duration.ofSeconds(5),
        8, Clock.systemUTC(), tijd);
    for (int i = 0; i < 5; i++) {
      dashboard.herbereken();
      tijd.advanceTimeBy(Duration.ofMillis(100));
    }
    assertThat(dashboard.volgnummer()).isEqualTo(5);

    String reeks = dashboard.huidige().block().id().replaceAll("\\.\\d+$", "");
    StepVerifier.create(dashboard.vanaf(reeks + ".2").map(RegioStand::volgnummer).take(3))
        .expectNext(3L, 4L, 5L).verifyComplete();
    StepVerifier.create(dashboard.vanaf(null).map(RegioStand::volgnummer).take(1))
        .expectNext(5L).verifyComplete();
    StepVerifier.create(dashboard.vanaf(reeks + ".5").map(RegioStand::volgnummer).take(1))
        .then(() -> {
          dashboard.herbereken();
          tijd.advanceTimeBy(Duration.ofMillis(100));
        })
        .expectNext(6L).verifyComplete();

    // More versions than the buffer holds: an id that fell out of it gets the current state, not a gap.
    for (int i = 0; i < 10; i++) {
      dashboard.herbereken();
      tijd.advanceTimeBy(Duration.ofMillis(100));
    }
    StepVerifier.create(dashboard.vanaf(reeks + ".1").map(RegioStand::volgnummer).take(1))
        .expectNext(dashboard.volgnummer()).verifyComplete();
    dashboard.stop();
  }

  /**
   * Every id the dashboard did not hand out in this incarnation, for every number it has or will have: the current
   * version first, never a skip. Among them the ids of another incarnation (a restart, another replica) that numbers
   * the same way: with the number alone, a viewer reconnecting there with "5" would miss the 5 she never saw.
   */
  @Test
  void eenIdVanEenAndereReeksOfOnbekendGeeftDeHuidigeStand() {
    VirtualTimeScheduler tijd = VirtualTimeScheduler.create();
    RegioDashboard hier = new RegioDashboard("test", this::lees, Duration.ofMillis(50), Duration.ofSeconds(5),
        8, Clock.systemUTC(), tijd);
    RegioDashboard elders = new RegioDashboard("test", this::lees, Duration.ofMillis(50), Duration.ofSeconds(5),
        8, Clock.systemUTC(), tijd);
    for (int i = 0; i < 6; i++) {
      hier.herbereken();
      elders.herbereken();
      tijd.advanceTimeBy(Duration.ofMillis(100));
    }
    String reeksElders = elders.huidige().block().id().replaceAll("\\.\\d+$", "");
    String reeksHier = hier.huidige().block().id().replaceAll("\\.\\d+$", "");
    assertThat(reeksElders).isNotEqualTo(reeksHier);
    List<String> vreemd = new java.util.ArrayList<>();
    for (long n = 0; n <= 9; n++) {
      vreemd.addAll(List.of(reeksElders + "." + n, Long.toString(n), reeksHier + "x." + n, reeksHier + "." + n + "x"));
    }
    vreemd.addAll(List.of("", ".", reeksHier + ".", reeksHier + ".-1", "987654321"));
    for (String id : vreemd) {
      StepVerifier.create(hier.vanaf(id).map(RegioStand::id).take(1))
          .as(id).expectNext(reeksHier + ".6").verifyComplete();
    }
    hier.stop();
    elders.stop();
  }
}
