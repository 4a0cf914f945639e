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

/** Nothing lost: If-Match on updates, also under parallel requests (Idempotency-Key: SamenwerkingsafspraakIdempotentieTest). */
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
