package nl.doorlopendelijn.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.IntSupplier;
import java.util.function.UnaryOperator;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * The Idempotency-Key rule (docs/api.md), checked the same way on any POST: a repeat gets the first answer's
 * status, Location and ETag (no body, {@code Idempotent-Replayed: true}) and changes nothing; the same key with
 * another request gets 422 problem+json; N concurrent requests with one key do the work once; a key older than 24 h
 * is a new request. {@code effecten} counts what the operation leaves in the database (rows it creates, its audit
 * records), read as the owner.
 */
public final class IdempotentieProef {

  /** One POST: path, body (or null), token; {@code extra} adds headers such as If-Match. */
  public record Verzoek(String pad, Object body, String token, UnaryOperator<HttpHeaders> extra) {
    public Verzoek(String pad, Object body, String token) {
      this(pad, body, token, h -> h);
    }
  }

  private final WebTestClient web;

  /** Counts as the owner, with {@code tenant} bound (RLS is forced, also for the owner); null: the platform's. */
  public static int tel(java.util.UUID tenant, String sql, Object... params) {
    try (java.sql.Connection c = TestDatabase.shared().connectAsOwner()) {
      c.setAutoCommit(false);
      try {
        if (tenant != null) {
          try (java.sql.PreparedStatement bind = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            bind.setString(1, tenant.toString());
            bind.execute();
          }
        }
        try (java.sql.PreparedStatement s = c.prepareStatement(sql)) {
          for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
          }
          try (java.sql.ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
          }
        }
      } finally {
        c.rollback();
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public IdempotentieProef(WebTestClient web) {
    this.web = web.mutate().responseTimeout(Duration.ofSeconds(60)).build();
  }

  public EntityExchangeResult<byte[]> stuur(Verzoek v, String sleutel) {
    WebTestClient.RequestBodySpec spec = web.method(HttpMethod.POST).uri(v.pad()).headers(h -> {
      h.setBearerAuth(v.token());
      if (sleutel != null) {
        h.set("Idempotency-Key", sleutel);
      }
      v.extra().apply(h);
    });
    WebTestClient.RequestHeadersSpec<?> klaar = v.body() == null ? spec
        : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(v.body());
    return klaar.exchange().expectBody().returnResult();
  }

  /** First answer (2xx, as {@code status}), then a repeat: the same status, Location and ETag, nothing done again. */
  public EntityExchangeResult<byte[]> herhalingKrijgtHetEersteAntwoord(Verzoek v, int status, IntSupplier effecten) {
    String sleutel = UUID.randomUUID().toString();
    int voor = effecten.getAsInt();
    EntityExchangeResult<byte[]> eerste = stuur(v, sleutel);
    assertThat(eerste.getStatus().value()).as("eerste antwoord").isEqualTo(status);
    assertThat(eerste.getResponseHeaders().getFirst("Idempotent-Replayed")).isNull();
    int na = effecten.getAsInt();
    assertThat(na).as("het eerste verzoek doet zijn werk").isGreaterThan(voor);
    for (int i = 0; i < 2; i++) {
      EntityExchangeResult<byte[]> herhaling = stuur(v, sleutel);
      assertThat(herhaling.getStatus().value()).isEqualTo(status);
      assertThat(herhaling.getResponseHeaders().getLocation()).isEqualTo(eerste.getResponseHeaders().getLocation());
      assertThat(herhaling.getResponseHeaders().getETag()).isEqualTo(eerste.getResponseHeaders().getETag());
      assertThat(herhaling.getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
      assertThat(herhaling.getResponseBody()).as("een herhaling heeft geen body").isNullOrEmpty();
    }
    assertThat(effecten.getAsInt()).as("een herhaling doet niets").isEqualTo(na);
    return eerste;
  }

  /** The same key with another request (body or path): 422 problem+json, nothing done. */
  public void anderVerzoekMetDezelfdeSleutelGeeft422(Verzoek eerste, Verzoek ander, IntSupplier effecten) {
    String sleutel = UUID.randomUUID().toString();
    assertThat(stuur(eerste, sleutel).getStatus().is2xxSuccessful()).isTrue();
    int na = effecten.getAsInt();
    EntityExchangeResult<byte[]> antwoord = stuur(ander, sleutel);
    assertThat(antwoord.getStatus().value()).isEqualTo(422);
    assertThat(antwoord.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(effecten.getAsInt()).isEqualTo(na);
  }

  /** {@code n} requests with one key at once: the work is done once, and every answer is the first one's. */
  public void gelijktijdigeHerhalingenDoenHetWerkEenmaal(Verzoek v, int n, IntSupplier effecten) {
    String sleutel = UUID.randomUUID().toString();
    int voor = effecten.getAsInt();
    List<EntityExchangeResult<byte[]>> antwoorden = Flux.range(0, n).parallel(n).runOn(Schedulers.boundedElastic())
        .map(i -> stuur(v, sleutel)).sequential().collectList().block(Duration.ofSeconds(120));
    assertThat(antwoorden).hasSize(n);
    assertThat(antwoorden.stream().map(a -> a.getStatus().value()).distinct()).hasSize(1);
    assertThat(antwoorden.get(0).getStatus().is2xxSuccessful()).isTrue();
    assertThat(antwoorden.stream().map(a -> String.valueOf(a.getResponseHeaders().getLocation())).distinct())
        .hasSize(1);
    assertThat(antwoorden.stream().map(a -> String.valueOf(a.getResponseHeaders().getETag())).distinct()).hasSize(1);
    assertThat(antwoorden).filteredOn(a -> a.getResponseHeaders().getFirst("Idempotent-Replayed") == null)
        .hasSize(1);
    assertThat(effecten.getAsInt() - voor).as("het werk gebeurt eenmaal").isEqualTo(1);
  }

  /** After 24 h the same key is a new request: the work is done again. */
  public void naEenEtmaalIsDeSleutelNieuw(Verzoek v, VerstelbareKlok klok, IntSupplier effecten) {
    String sleutel = UUID.randomUUID().toString();
    try {
      assertThat(stuur(v, sleutel).getStatus().is2xxSuccessful()).isTrue();
      int na = effecten.getAsInt();
      klok.zet(klok.instant().plus(Duration.ofHours(23)));
      assertThat(stuur(v, sleutel).getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
      assertThat(effecten.getAsInt()).isEqualTo(na);
      klok.zet(klok.instant().plus(Duration.ofHours(1).plusMinutes(1)));
      EntityExchangeResult<byte[]> weer = stuur(v, sleutel);
      assertThat(weer.getStatus().is2xxSuccessful()).isTrue();
      assertThat(weer.getResponseHeaders().getFirst("Idempotent-Replayed")).isNull();
      assertThat(effecten.getAsInt()).isEqualTo(na + 1);
    } finally {
      klok.terugNaarSysteemtijd();
    }
  }
}
