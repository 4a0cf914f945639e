package nl.doorlopendelijn.agreements;

import static nl.doorlopendelijn.agreements.AfspraakApi.HVB;
import static nl.doorlopendelijn.agreements.AfspraakApi.OISTERWIJK;
import static nl.doorlopendelijn.agreements.AfspraakApi.coordinator;
import static nl.doorlopendelijn.agreements.AfspraakApi.pad;
import static nl.doorlopendelijn.agreements.AfspraakApi.verzoek;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Nothing lost: If-Match on updates, Idempotency-Key on creates, also under parallel requests. */
@PlatformTest
class SamenwerkingsafspraakGelijktijdigheidTest {

  @Autowired
  WebTestClient web;

  AfspraakApi api() {
    return new AfspraakApi(web);
  }

  @Test
  void wijzigenZonderIfMatchGeeft428() {
    String id = api().maakId(HVB, OISTERWIJK, "GM0785");
    web.put().uri(pad(HVB) + "/" + id).headers(h -> h.setBearerAuth(coordinator(HVB)))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(verzoek(OISTERWIJK, "GM0785")).exchange()
        .expectStatus().isEqualTo(428).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void wijzigenMetVerouderdeETagGeeft412() {
    String id = api().maakId(HVB, OISTERWIJK, "GM0785");
    String eerste = api().etag(HVB, id);
    wijzig(id, eerste).expectStatus().isOk();
    assertThat(api().etag(HVB, id)).isNotEqualTo(eerste);
    wijzig(id, eerste).expectStatus().isEqualTo(412).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    wijzig(id, "\"onzin\"").expectStatus().isEqualTo(412);
  }

  @Test
  void tweeGelijktijdigeWijzigingenMetDezelfdeETagLeverenPreciesEenWinnaar() throws Exception {
    for (int ronde = 0; ronde < 5; ronde++) {
      String id = api().maakId(HVB, OISTERWIJK, "GM0785");
      String etag = api().etag(HVB, id);
      List<Integer> statussen = parallel(2, () -> wijzig(id, etag).returnResult(String.class).getStatus().value());
      assertThat(statussen).containsExactlyInAnyOrder(200, 412);
    }
  }

  @Test
  void tweeGelijktijdigeWijzigingenVanEenActieveAfspraakMakenEenNieuweVersie() throws Exception {
    String id = api().actiefId(HVB, OISTERWIJK, "GM0785");
    String etag = api().etag(HVB, id);
    List<Integer> statussen = parallel(2, () -> wijzig(id, etag).returnResult(String.class).getStatus().value());
    assertThat(statussen).containsExactlyInAnyOrder(201, 409);
  }

  @Test
  void tienGelijktijdigeHerhalingenMetDezelfdeIdempotencyKeyMakenEenAfspraak() throws Exception {
    Map<String, Object> body = verzoek(OISTERWIJK, "GM0785");
    String sleutel = UUID.randomUUID().toString();
    List<EntityExchangeResult<String>> antwoorden = parallel(10, () -> web.post().uri(pad(HVB))
        .headers(h -> {
          h.setBearerAuth(coordinator(HVB));
          h.set("Idempotency-Key", sleutel);
        })
        .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
        .expectBody(String.class).returnResult());
    assertThat(antwoorden).allSatisfy(a -> assertThat(a.getStatus().value()).isEqualTo(201));
    assertThat(antwoorden.stream().map(EntityExchangeResult::getResponseBody).distinct()).hasSize(1);
    assertThat(antwoorden.stream().map(a -> a.getResponseHeaders().getLocation()).distinct()).hasSize(1);
    assertThat(aantalMetAfspraken((String) body.get("afspraken"))).isEqualTo(1);

    // The same key with another body is a conflict, and creates nothing either.
    Map<String, Object> ander = verzoek(OISTERWIJK, "GM0785");
    web.post().uri(pad(HVB)).headers(h -> {
      h.setBearerAuth(coordinator(HVB));
      h.set("Idempotency-Key", sleutel);
    }).contentType(MediaType.APPLICATION_JSON).bodyValue(ander).exchange()
        .expectStatus().isEqualTo(409).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(aantalMetAfspraken((String) ander.get("afspraken"))).isZero();
  }

  /** Counts rows as the owner with the region bound (RLS is forced, also for the owner). */
  private static int aantalMetAfspraken(String tekst) throws Exception {
    try (Connection c = TestDatabase.shared().connectAsOwner()) {
      c.setAutoCommit(false);
      try (PreparedStatement bind = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
        bind.setString(1, Region.idFor(HVB).toString());
        bind.execute();
      }
      try (PreparedStatement s = c.prepareStatement("select count(*) from samenwerkingsafspraak where afspraken = ?")) {
        s.setString(1, tekst);
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          return rs.getInt(1);
        } finally {
          c.rollback();
        }
      }
    }
  }

  private WebTestClient.ResponseSpec wijzig(String id, String etag) {
    Map<String, Object> body = verzoek(OISTERWIJK, "GM0785");
    body.put("scenario", "gecombineerde-aanpak");
    return web.put().uri(pad(HVB) + "/" + id).headers(h -> {
      h.setBearerAuth(coordinator(HVB));
      h.setIfMatch(etag);
    }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
  }

  /** Runs n copies of a call at (nearly) the same moment. */
  private static <T> List<T> parallel(int n, Callable<T> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(pool.submit(() -> {
          start.await();
          return call.call();
        }));
      }
      start.countDown();
      List<T> result = new ArrayList<>();
      for (Future<T> f : futures) {
        result.add(f.get());
      }
      return result;
    } finally {
      pool.shutdownNow();
    }
  }
}
