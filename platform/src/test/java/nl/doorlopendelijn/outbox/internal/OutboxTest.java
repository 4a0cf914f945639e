package nl.doorlopendelijn.outbox.internal;

import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import nl.doorlopendelijn.kernel.Ids;
import nl.doorlopendelijn.outbox.Outbox;
import nl.doorlopendelijn.outbox.OutboxStand;
import nl.doorlopendelijn.outbox.internal.ProefOntvangers.Ontvanger;
import nl.doorlopendelijn.outbox.internal.ProefOntvangers.ProefGebeurtenis;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.testsupport.ModuleTest;
import nl.doorlopendelijn.testsupport.PlatformTestInitializer;
import nl.doorlopendelijn.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * The outbox against the real database: after commit, at least once, retried, visible, never lost, never shared.
 * The module alone (with tenancy, for the tenant's transaction), its only listeners the two of this test, on a
 * database of its own: a dispatcher claims every due row of its database, so the platform's (of the other tests in
 * this JVM) and this one must not meet. Short rounds and retries here; the defaults are 5 s and 1 s.
 * Who may read the status over HTTP (operators only) is the access matrix's ({@code getUitgaandeGebeurtenissen}).
 */
@ModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Import(ProefOntvangers.class)
@TestPropertySource(properties = {PlatformTestInitializer.EIGEN_DATABASE + "=" + OutboxTest.DATABASE,
    "doorlopendelijn.outbox.ronde=200ms", "doorlopendelijn.outbox.eerste-herhaling=100ms"})
class OutboxTest {

  static final String DATABASE = "outbox";
  private static final UUID HVB = Region.idFor(HART_VAN_BRABANT);
  private static final Duration RUIM = Duration.ofSeconds(20);

  @Autowired Outbox outbox;
  @Autowired OutboxDispatcher dispatcher;
  @Autowired OutboxStatus status;
  @Autowired TenantTransactions tx;
  @Autowired @Qualifier("eersteProefOntvanger") Ontvanger eerste;
  @Autowired @Qualifier("tweedeProefOntvanger") Ontvanger tweede;

  @AfterEach
  void herstel() {
    eerste.faalKeer.clear();
    if (!dispatcher.isRunning()) {
      dispatcher.start();
    }
  }

  private static String sleutel() {
    return Ids.nieuw().toString();
  }

  @Test
  void naDeCommitHoortElkeOntvangerDeGebeurtenisPreciesEenKeerMetHetzelfdeId() {
    String s = sleutel();
    StepVerifier.create(tx.write(HVB, outbox.publish(new ProefGebeurtenis(s)))).verifyComplete();

    await().atMost(RUIM).until(() -> eerste.van(s).size() == 1 && tweede.van(s).size() == 1);
    assertThat(eerste.van(s).get(0).eventId()).isEqualTo(tweede.van(s).get(0).eventId());
    dispatcher.ronde().block();
    assertThat(eerste.van(s)).hasSize(1);
    assertThat(tweede.van(s)).hasSize(1);
    await().atMost(RUIM).until(() -> rijen(s, "delivered_at is not null") == 2);
  }

  @Test
  void eenTeruggedraaideWijzigingPubliceertNiets() {
    String s = sleutel();
    StepVerifier.create(tx.write(HVB, outbox.publish(new ProefGebeurtenis(s))
            .then(Mono.error(new IllegalStateException("de wijziging mislukt")))))
        .verifyErrorMessage("de wijziging mislukt");

    dispatcher.ronde().block();
    assertThat(eerste.van(s)).isEmpty();
    assertThat(rijen(s, "true")).isZero();
  }

  @Test
  void buitenEenTransactieWeigertDeOutbox() {
    StepVerifier.create(outbox.publish(new ProefGebeurtenis(sleutel())))
        .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("buiten een transactie"));
  }

  @Test
  void eenMislukteOntvangerKrijgtHetOpnieuwMetTerugvalEnDeAndereMaarEenKeer() {
    String s = sleutel();
    eerste.faalKeer.put(s, new AtomicInteger(2));
    StepVerifier.create(tx.write(HVB, outbox.publish(new ProefGebeurtenis(s)))).verifyComplete();

    await().atMost(RUIM).until(() -> eerste.van(s).size() == 1);
    assertThat(tweede.van(s)).hasSize(1);
    assertThat(eerste.van(s).get(0).eventId()).isEqualTo(tweede.van(s).get(0).eventId());
    assertThat(kolom(s, "proef.eerste", "attempts")).isEqualTo("3");
    assertThat(kolom(s, "proef.tweede", "attempts")).isEqualTo("1");
  }

  @Test
  void eenBlijvendeStoringIsZichtbaarVoorDeBeheerderEnVerdwijntNaHerstel() {
    String s = sleutel();
    eerste.faalKeer.put(s, new AtomicInteger(-1));
    StepVerifier.create(tx.write(HVB, outbox.publish(new ProefGebeurtenis(s)))).verifyComplete();
    await().atMost(RUIM).until(() -> kolom(s, "proef.eerste", "last_error") != null);

    UUID id = UUID.fromString(kolom(s, "proef.eerste", "id"));
    OutboxStand stand = status.stand().block(RUIM);
    assertThat(stand.mislukt()).isPositive();
    assertThat(stand.mislukteAfleveringen()).filteredOn(a -> a.id().equals(id)).singleElement().satisfies(a -> {
      assertThat(a.ontvanger()).isEqualTo("proef.eerste");
      assertThat(a.regio()).isEqualTo(HART_VAN_BRABANT);
      assertThat(a.laatsteFout()).isEqualTo("IllegalStateException: proefstoring voor " + s);
      assertThat(a.pogingen()).isPositive();
    });

    eerste.faalKeer.remove(s);
    zetVolgendePogingNu(s);
    await().atMost(RUIM).until(() -> eerste.van(s).size() == 1);
    assertThat(status.stand().block(RUIM).mislukteAfleveringen()).noneMatch(a -> a.id().equals(id));
  }

  @Test
  void watVoorEenStoringVastligtGaatNietVerloren() {
    dispatcher.stop();
    String s = sleutel();
    StepVerifier.create(tx.write(HVB, outbox.publish(new ProefGebeurtenis(s)))).verifyComplete();
    // the process "dies" after claiming, before delivering: the lease runs out, and the delivery is due again
    StepVerifier.create(tx.write(HVB, new OutboxStoreToegang(dispatcher).claimAlles())).expectNextCount(1)
        .verifyComplete();
    assertThat(eerste.van(s)).isEmpty();
    verloopLease(s);

    dispatcher.start();
    await().atMost(RUIM).until(() -> eerste.van(s).size() == 1 && tweede.van(s).size() == 1);
  }

  @Test
  void gelijktijdigeDispatchersLeverenElkeAfleveringPreciesEenKeer() {
    List<String> sleutels = IntStream.range(0, 40).mapToObj(i -> sleutel()).toList();
    dispatcher.stop();
    StepVerifier.create(tx.write(HVB, Flux.fromIterable(sleutels)
        .concatMap(s -> outbox.publish(new ProefGebeurtenis(s))).then())).verifyComplete();
    dispatcher.start();
    // the dispatcher's own loop plus three more rounds at once, as three more replicas would
    Mono.when(dispatcher.ronde(), dispatcher.ronde(), dispatcher.ronde()).block(RUIM);

    await().atMost(RUIM).until(() -> sleutels.stream().allMatch(s -> tweede.van(s).size() >= 1));
    dispatcher.ronde().block();
    assertThat(sleutels).allSatisfy(s -> {
      assertThat(eerste.van(s)).hasSize(1);
      assertThat(tweede.van(s)).hasSize(1);
    });
  }

  @Test
  void eenGebeurtenisVanHetPlatformZelfWordtOokAfgeleverd() {
    String s = sleutel();
    StepVerifier.create(tx.platform(outbox.publish(new ProefGebeurtenis(s)))).verifyComplete();
    await().atMost(RUIM).until(() -> eerste.van(s).size() == 1 && tweede.van(s).size() == 1);
  }

  /** Claims every due delivery of the bound tenant without delivering it, as a dispatcher that then dies. */
  record OutboxStoreToegang(OutboxDispatcher d) {
    Mono<Integer> claimAlles() {
      return d.storeVoorTests().claim(1000, Duration.ofMinutes(5)).count().map(Long::intValue);
    }
  }

  private static long rijen(String sleutel, String voorwaarde) {
    try (Connection c = TestDatabase.eigen(DATABASE).connectAsOwner();
        var q = c.prepareStatement("select count(*) from outbox where payload ->> 'sleutel' = ? and " + voorwaarde)) {
      q.setString(1, sleutel);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String kolom(String sleutel, String ontvanger, String kolom) {
    try (Connection c = TestDatabase.eigen(DATABASE).connectAsOwner();
        var q = c.prepareStatement("select " + kolom + "::text from outbox where payload ->> 'sleutel' = ?"
            + " and listener = ?")) {
      q.setString(1, sleutel);
      q.setString(2, ontvanger);
      try (ResultSet rs = q.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void zetVolgendePogingNu(String sleutel) {
    owner("update outbox set next_attempt_at = now() where payload ->> 'sleutel' = ?", sleutel);
  }

  private static void verloopLease(String sleutel) {
    owner("update outbox set locked_until = now() - interval '1 second' where payload ->> 'sleutel' = ?", sleutel);
  }

  private static void owner(String sql, String sleutel) {
    try (Connection c = TestDatabase.eigen(DATABASE).connectAsOwner(); var q = c.prepareStatement(sql)) {
      q.setString(1, sleutel);
      q.executeUpdate();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
