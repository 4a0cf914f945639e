package nl.doorlopendelijn.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import nl.doorlopendelijn.testsupport.PlatformTestInitializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/**
 * Key rotation end to end: the {@code platform} issuer's JWKS is served by a small HTTP server in this test, whose
 * keys the test changes and whose fetches it counts. Tokens are really signed and really verified. The platform
 * refreshes every {@value #PERIODE_S} s and on an unknown {@code kid} at most once per {@value #INTERVAL_S} s (the
 * context of {@code @PlatformTest} with these three settings: its own, so it costs one context start). Targets are
 * in docs/operations.md; the assertions wait up to 10 × the period.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {PlatformTestInitializer.class, SleutelrotatieTest.EigenUitgever.class})
@AutoConfigureWebTestClient(timeout = "30s")
class SleutelrotatieTest {

  static final long PERIODE_S = 2;
  static final long INTERVAL_S = 1;
  private static final Duration LIMIET = Duration.ofSeconds(10 * PERIODE_S);
  private static final String PAD = "/api/v1/beheer/regios/hart-van-brabant";

  private static final JwksServer jwks = new JwksServer();

  /** After {@link PlatformTestInitializer}: the platform issuer is ours, with short periods. */
  static class EigenUitgever implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
      context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("sleutelrotatie", Map.of(
          "doorlopendelijn.keycloak.overrides.platform", jwks.issuer(),
          "doorlopendelijn.keycloak.overrides.coa", jwks.storingIssuer(),
          "doorlopendelijn.keycloak.jwks-verversen", PERIODE_S + "s",
          "doorlopendelijn.keycloak.jwks-onbekende-kid-interval", INTERVAL_S + "s",
          "doorlopendelijn.keycloak.jwks-bewaren-bij-storing", "1m")));
    }
  }

  @Autowired
  WebTestClient web;

  @LocalServerPort
  int port;

  @AfterAll
  static void stop() {
    jwks.stop();
  }

  @Test
  void eenVerwijderdeSleutelWordtNaDeVerversingGeweigerdOokUitDeCacheEnEenNieuweWerktZonderHerstart() {
    RSAKey a = sleutel();
    RSAKey b = sleutel();
    RSAKey c = sleutel();
    jwks.publiceer(a, b);
    String tokenA = operatorToken(a);
    String tokenB = operatorToken(b);
    wachtOpStatus(tokenA, 200);
    status(tokenA, 200); // a second time: from the verified-token cache
    wachtOpStatus(tokenB, 200);

    jwks.publiceer(b, c); // a removed, c added, as an operator rotates in Keycloak
    long verwijderd = System.nanoTime();
    Duration geweigerdNa = wachtOpStatus(tokenA, 401);
    Duration nieuweNa = Duration.ofNanos(System.nanoTime() - verwijderd);
    wachtOpStatus(operatorToken(c), 200);
    nieuweNa = Duration.ofNanos(System.nanoTime() - verwijderd);
    status(tokenB, 200);
    status(tokenA, 401);
    System.out.printf("sleutelrotatie: verwijderde sleutel geweigerd na %d ms, nieuwe sleutel aanvaard na %d ms"
        + " (periode %d s)%n", geweigerdNa.toMillis(), nieuweNa.toMillis(), PERIODE_S);
  }

  @Test
  void duizendVervalsteKidsGeven401EnEenBegrensdAantalOphaalbeurtenTerwijlEchteTokensBlijvenWerken() {
    RSAKey echt = sleutel();
    jwks.publiceer(echt);
    String vertrouwd = operatorToken(echt);
    wachtOpStatus(vertrouwd, 200);
    // Really signed, with a key the issuer does not have; every token names another kid.
    RSAKey vreemd = sleutel();
    List<String> vervalst = Flux.range(0, 1_000).map(i -> token(vreemd, UUID.randomUUID().toString())).collectList()
        .block();

    WebClient client = WebClient.create("http://127.0.0.1:" + port);
    int voor = jwks.ophaalbeurten.get();
    long start = System.nanoTime();
    // 1,000 forged tokens, 16 at a time; after every 20th a trusted token, which must keep working
    List<Integer> statussen = Flux.range(0, vervalst.size())
        .flatMap(i -> Flux.concat(oproep(client, vervalst.get(i)),
            i % 20 == 19 ? oproep(client, vertrouwd).map(s -> -s) : Flux.empty()), 16)
        .collectList().block();
    Duration duur = Duration.ofNanos(System.nanoTime() - start);
    int ophaalbeurten = jwks.ophaalbeurten.get() - voor;

    assertThat(statussen.stream().filter(s -> s > 0)).hasSize(1_000).allMatch(s -> s == 401);
    assertThat(statussen.stream().filter(s -> s < 0)).hasSize(50).allMatch(s -> s == -200);
    // at most one fetch per interval: the one that may start at once, then one per interval of the flood
    long grens = 1 + (long) Math.ceil(duur.toMillis() / (INTERVAL_S * 1000.0));
    System.out.printf("sleutelrotatie: 1000 vervalste kids in %d ms, %d JWKS-ophaalbeurten (grens %d)%n",
        duur.toMillis(), ophaalbeurten, grens);
    assertThat(ophaalbeurten).isLessThanOrEqualTo((int) grens);
  }

  @Test
  void eenUitgeverWaarvanDeSleutelsNietOpTeHalenZijnGeeft503EnProbeertHetNietBijElkVerzoek() {
    RSAKey sleutel = sleutel();
    String token = token(sleutel, sleutel.getKeyID(), jwks.storingIssuer(), "liaison", "coa-liaison");
    int voor = jwks.storingsOphaalbeurten.get();
    long start = System.nanoTime();
    for (int i = 0; i < 5; i++) {
      web.get().uri(PAD).headers(h -> h.setBearerAuth(token)).exchange()
          .expectStatus().isEqualTo(503)
          .expectHeader().valueEquals("Retry-After", "10")
          .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("inlogdienst"));
    }
    Duration duur = Duration.ofNanos(System.nanoTime() - start);
    // the first request tries, the others within the interval do not (each would try without the limit)
    long grens = 1 + (long) Math.ceil(duur.toMillis() / (INTERVAL_S * 1000.0));
    assertThat(jwks.storingsOphaalbeurten.get() - voor).isGreaterThanOrEqualTo(1)
        .isLessThanOrEqualTo((int) Math.min(grens, 5));
  }

  /**
   * One request; one that gets no answer within 30 s (as {@code WebTestClient}'s limit) fails the test instead of
   * hanging it. Such a request, its bytes unread at the server, was seen here under Reactor Netty 1.3.6: a 401
   * answered on the event loop after a buffered keep-alive request, and the read never re-armed
   * (reactor-netty#4361; {@code web.KeepAliveVerbindingTest}).
   */
  private static Flux<Integer> oproep(WebClient client, String token) {
    return client.get().uri(PAD).headers(h -> h.setBearerAuth(token))
        .exchangeToMono(r -> r.releaseBody().thenReturn(r.statusCode().value()))
        .timeout(Duration.ofSeconds(30)).flux();
  }

  private void status(String token, int verwacht) {
    web.get().uri(PAD).headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isEqualTo(verwacht);
  }

  /** Asks until the answer is {@code verwacht} (at most {@link #LIMIET}); how long that took. */
  private Duration wachtOpStatus(String token, int verwacht) {
    long start = System.nanoTime();
    int laatste;
    do {
      laatste = web.get().uri(PAD).headers(h -> h.setBearerAuth(token)).exchange().returnResult(String.class)
          .getStatus().value();
      if (laatste == verwacht) {
        return Duration.ofNanos(System.nanoTime() - start);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    } while (System.nanoTime() - start < LIMIET.toNanos());
    throw new AssertionError("na " + LIMIET + " nog " + laatste + " in plaats van " + verwacht);
  }

  private static String operatorToken(RSAKey key) {
    return token(key, key.getKeyID());
  }

  /** A platform operator's token as Keycloak issues it, signed by {@code key} and naming {@code kid}. */
  private static String token(RSAKey key, String kid) {
    return token(key, kid, jwks.issuer(), "operator", "platform-operator");
  }

  private static String token(RSAKey key, String kid, String issuer, String subject, String rol) {
    Instant nu = Instant.now();
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .issuer(issuer).subject(subject).audience(List.of("doorlopende-lijn", "account"))
        .issueTime(Date.from(nu)).notBeforeTime(Date.from(nu)).expirationTime(Date.from(nu.plusSeconds(300)))
        .jwtID(UUID.randomUUID().toString()).claim("azp", "doorlopende-lijn-api")
        .claim("realm_access", Map.of("roles", List.of(rol))).claim("name", "Test " + subject)
        .build();
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(kid)
          .build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RSAKey sleutel() {
    try {
      return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Serves the JWKS of one issuer on loopback, as Keycloak's certs endpoint does, and counts the fetches; and for a
   * second issuer ({@code coa}) answers 500, as a Keycloak that has trouble does.
   */
  static final class JwksServer {
    private final HttpServer server;
    private final AtomicReference<String> document = new AtomicReference<>("{\"keys\":[]}");
    final AtomicInteger ophaalbeurten = new AtomicInteger();
    final AtomicInteger storingsOphaalbeurten = new AtomicInteger();

    JwksServer() {
      try {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      // the path the platform asks for in tests: <issuer> + doorlopendelijn.keycloak.jwks-path (/jwks)
      server.createContext("/realms/platform/jwks", exchange -> {
        ophaalbeurten.incrementAndGet();
        byte[] body = document.get().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
      });
      server.createContext("/realms/coa/jwks", exchange -> {
        storingsOphaalbeurten.incrementAndGet();
        exchange.sendResponseHeaders(500, -1);
        exchange.close();
      });
      server.start();
    }

    String storingIssuer() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/coa";
    }

    String issuer() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/platform";
    }

    void publiceer(RSAKey... keys) {
      document.set(new JWKSet(List.of(keys)).toString(true));
    }

    void stop() {
      server.stop(0);
    }
  }
}
