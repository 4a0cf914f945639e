package nl.doorlopendelijn.keycloak.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

/**
 * The key set of one issuer on a clock the test moves: refreshed after the period, fetched on an unknown kid at most
 * once per interval with one fetch shared by concurrent requests, the last good set kept for a bounded time when
 * fetches fail. The download is a {@link Mono} the test answers (the HTTP path is {@code SleutelrotatieTest}'s).
 */
class IssuerKeysTest {

  private static final Duration PERIODE = Duration.ofMinutes(5);
  private static final Duration INTERVAL = Duration.ofSeconds(30);
  private static final Duration BEWAREN = Duration.ofHours(1);
  private static final Instant START = Instant.parse("2026-12-07T10:00:00Z");

  private final StapKlok klok = new StapKlok();
  private final AtomicInteger downloads = new AtomicInteger();
  /** What the issuer publishes now; null: the issuer does not answer. */
  private final AtomicReference<JWKSet> gepubliceerd = new AtomicReference<>();
  private final Mono<String> download = Mono.defer(() -> {
    downloads.incrementAndGet();
    JWKSet set = gepubliceerd.get();
    return set == null ? Mono.error(new IllegalStateException("connection refused"))
        : Mono.just(set.toString(true));
  });

  // two keys for the whole class: generating an RSA key costs a second on a busy machine
  private static final RSAKey a = sleutel();
  private static final RSAKey b = sleutel();

  /** Stands still where the test puts it. */
  private static final class StapKlok extends Clock {
    private final AtomicReference<Instant> nu = new AtomicReference<>(START);

    void zet(Instant moment) {
      nu.set(moment);
    }

    @Override
    public Instant instant() {
      return nu.get();
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private IssuerKeys sleutels() {
    return new IssuerKeys("https://kc/realms/test", download, PERIODE, INTERVAL, BEWAREN, klok);
  }

  @Test
  void eenVerwijderdeSleutelWordtNaDePeriodeNietMeerGevonden() {
    gepubliceerd.set(new JWKSet(List.of(a, b)));
    IssuerKeys sleutels = sleutels();
    assertThat(gevonden(sleutels, a.getKeyID())).containsExactly(a.getKeyID());

    gepubliceerd.set(new JWKSet(List.of(b))); // a removed at the issuer
    klok.zet(START.plus(PERIODE).minusSeconds(1));
    assertThat(gevonden(sleutels, a.getKeyID())).as("within the period the set is not fetched").hasSize(1);
    assertThat(downloads).hasValue(1);

    klok.zet(START.plus(PERIODE));
    assertThat(gevonden(sleutels, a.getKeyID())).isEmpty();
    assertThat(gevonden(sleutels, b.getKeyID())).containsExactly(b.getKeyID());
    assertThat(downloads).hasValue(2);
  }

  @Test
  void eenNieuweSleutelWordtOpgehaaldAlsZijnKidOnbekendIsEnHetIntervalVoorbijIs() {
    gepubliceerd.set(new JWKSet(List.of(a)));
    IssuerKeys sleutels = sleutels();
    gevonden(sleutels, a.getKeyID());
    gepubliceerd.set(new JWKSet(List.of(a, b))); // b rotated in

    klok.zet(START.plus(INTERVAL).minusSeconds(1));
    assertThat(gevonden(sleutels, b.getKeyID())).as("within the interval: no fetch").isEmpty();
    assertThat(downloads).hasValue(1);

    klok.zet(START.plus(INTERVAL));
    assertThat(gevonden(sleutels, b.getKeyID())).containsExactly(b.getKeyID());
    assertThat(downloads).hasValue(2);
  }

  @Test
  void duizendOnbekendeKidsKostenEenOphaalbeurtPerInterval() {
    gepubliceerd.set(new JWKSet(List.of(a)));
    IssuerKeys sleutels = sleutels();
    gevonden(sleutels, a.getKeyID());
    for (int i = 0; i < 1_000; i++) {
      // 1,000 forged kids spread over 20 intervals
      Instant nu = START.plus(INTERVAL.multipliedBy(i / 50)).plusMillis(i % 50);
      klok.zet(nu);
      assertThat(gevonden(sleutels, UUID.randomUUID().toString())).isEmpty();
      assertThat(gevonden(sleutels, a.getKeyID())).hasSize(1);
    }
    int intervallen = 1_000 / 50;
    // the first fetch, then at most one per interval started after it
    assertThat(downloads.get()).isLessThanOrEqualTo(1 + intervallen).isGreaterThan(1);
    assertThat(sleutels.fetches()).isEqualTo(downloads.get());
  }

  @Test
  void gelijktijdigeOnbekendeKidsDelenEenOphaalbeurt() {
    gepubliceerd.set(new JWKSet(List.of(a)));
    Sinks.One<String> antwoord = Sinks.one();
    AtomicInteger gestart = new AtomicInteger();
    IssuerKeys sleutels = new IssuerKeys("https://kc/realms/test",
        Mono.defer(() -> {
          gestart.incrementAndGet();
          return antwoord.asMono();
        }), PERIODE, INTERVAL, BEWAREN, klok);

    List<Mono<List<JWK>>> wachtend = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      // the first request has no set yet; all 200 wait for the same fetch (half of them known kids)
      wachtend.add(sleutels.select(token(i % 2 == 0 ? a.getKeyID() : UUID.randomUUID().toString())).collectList()
          .cache());
      wachtend.get(i).subscribe();
    }
    assertThat(gestart).hasValue(1);
    antwoord.tryEmitValue(new JWKSet(List.of(a)).toString(true));
    long metSleutel = Flux.concat(wachtend).filter(l -> !l.isEmpty()).count().block();
    assertThat(metSleutel).isEqualTo(100);
    assertThat(gestart).hasValue(1);
    assertThat(sleutels.fetches()).isEqualTo(1);
  }

  @Test
  void bijStoringBlijftDeLaatsteGoedeSetBegrensdInGebruikDaarna503() {
    gepubliceerd.set(new JWKSet(List.of(a)));
    IssuerKeys sleutels = sleutels();
    gevonden(sleutels, a.getKeyID());
    gepubliceerd.set(null); // the issuer stops answering

    klok.zet(START.plus(PERIODE));
    assertThat(gevonden(sleutels, a.getKeyID())).as("last good set, fetch failed").hasSize(1);
    assertThat(downloads).hasValue(2);
    klok.zet(START.plus(PERIODE).plus(INTERVAL).minusSeconds(1));
    assertThat(gevonden(sleutels, a.getKeyID())).as("no new attempt within the interval").hasSize(1);
    assertThat(downloads).hasValue(2);

    klok.zet(START.plus(BEWAREN).minusSeconds(1));
    assertThat(gevonden(sleutels, a.getKeyID())).hasSize(1);
    klok.zet(START.plus(BEWAREN));
    StepVerifier.create(sleutels.select(token(a.getKeyID())))
        .expectErrorMatches(e -> e instanceof IllegalStateException && e.getMessage().contains("could not be fetched"))
        .verify();
    StepVerifier.create(sleutels.stillPublished(jwt(a.getKeyID()))).expectError(IllegalStateException.class).verify();

    gepubliceerd.set(new JWKSet(List.of(a))); // back: the next attempt after the interval succeeds
    klok.zet(START.plus(BEWAREN).plus(INTERVAL));
    assertThat(gevonden(sleutels, a.getKeyID())).hasSize(1);
  }

  @Test
  void zonderEerdereSetGeeftEenMislukteOphaalbeurtEenFoutEnBinnenHetIntervalGeenNieuwePoging() {
    IssuerKeys sleutels = sleutels();
    StepVerifier.create(sleutels.select(token(a.getKeyID()))).expectError(IllegalStateException.class).verify();
    StepVerifier.create(sleutels.select(token(a.getKeyID()))).expectError(IllegalStateException.class).verify();
    assertThat(downloads).hasValue(1);
  }

  @Test
  void stillPublishedVolgtDeActueleSet() {
    gepubliceerd.set(new JWKSet(List.of(a, b)));
    IssuerKeys sleutels = sleutels();
    StepVerifier.create(sleutels.stillPublished(jwt(a.getKeyID()))).expectNext(true).verifyComplete();
    StepVerifier.create(sleutels.stillPublished(jwt(null))).as("no kid: verify again").expectNext(false)
        .verifyComplete();
    gepubliceerd.set(new JWKSet(List.of(b)));
    klok.zet(START.plus(PERIODE));
    StepVerifier.create(sleutels.stillPublished(jwt(a.getKeyID()))).expectNext(false).verifyComplete();
    StepVerifier.create(sleutels.stillPublished(jwt(b.getKeyID()))).expectNext(true).verifyComplete();
  }

  @Test
  void instellingenDieNietKunnenWordenBijDeStartGeweigerd() {
    assertThatThrownBy(() -> IssuerKeys.checkSettings(Duration.ZERO, INTERVAL, BEWAREN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IssuerKeys.checkSettings(PERIODE, INTERVAL, PERIODE.minusSeconds(1)))
        .hasMessageContaining("jwks-bewaren-bij-storing");
  }

  private static List<String> gevonden(IssuerKeys sleutels, String kid) {
    return sleutels.select(token(kid)).map(JWK::getKeyID).collectList().block();
  }

  private static SignedJWT token(String kid) {
    return new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(),
        new JWTClaimsSet.Builder().subject("s").build());
  }

  private static Jwt jwt(String kid) {
    Jwt.Builder b = Jwt.withTokenValue("t").header("alg", "RS256").subject("s");
    if (kid != null) {
      b.header("kid", kid);
    }
    return b.build();
  }

  private static RSAKey sleutel() {
    try {
      return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
