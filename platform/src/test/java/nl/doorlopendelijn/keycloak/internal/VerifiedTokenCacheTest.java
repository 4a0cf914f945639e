package nl.doorlopendelijn.keycloak.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class VerifiedTokenCacheTest {

  private static final Instant NU = Instant.parse("2026-11-29T10:00:00Z");

  private static final java.util.function.Function<Jwt, Mono<Boolean>> GEPUBLICEERD = jwt -> Mono.just(true);

  private final AtomicInteger verificaties = new AtomicInteger();

  private ReactiveJwtDecoder echteVerificatie(Instant verloopt) {
    return token -> {
      verificaties.incrementAndGet();
      if (token.startsWith("vals")) {
        return Mono.error(new BadJwtException("handtekening klopt niet"));
      }
      return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("s").expiresAt(verloopt)
          .issuedAt(NU.minusSeconds(10)).build());
    };
  }

  @Test
  void eenGeverifieerdTokenWordtTotZijnVervaltijdNietOpnieuwGeverifieerd() {
    var cache = new VerifiedTokenCache(echteVerificatie(NU.plusSeconds(300)), GEPUBLICEERD, 100, Duration.ofMinutes(10),
        Clock.fixed(NU, ZoneOffset.UTC));
    StepVerifier.create(cache.decode("token-a")).expectNextCount(1).verifyComplete();
    StepVerifier.create(cache.decode("token-a")).expectNextCount(1).verifyComplete();
    assertThat(verificaties).hasValue(1);
  }

  @Test
  void naDeVervaltijdWordtHetTokenOpnieuwAanDeEchteVerificatieVoorgelegd() {
    var klok = new java.util.concurrent.atomic.AtomicReference<>(NU);
    Clock verstelbaar = new Clock() {
      public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
      public Clock withZone(java.time.ZoneId zone) { return this; }
      public Instant instant() { return klok.get(); }
    };
    var cache = new VerifiedTokenCache(echteVerificatie(NU.plusSeconds(60)), GEPUBLICEERD, 100, Duration.ofMinutes(10), verstelbaar);
    StepVerifier.create(cache.decode("token-b")).expectNextCount(1).verifyComplete();
    klok.set(NU.plusSeconds(61));
    StepVerifier.create(cache.decode("token-b")).expectNextCount(1).verifyComplete();
    assertThat(verificaties).hasValue(2);
  }

  @Test
  void eenAfgekeurdTokenWordtNietOnthouden() {
    var cache = new VerifiedTokenCache(echteVerificatie(NU.plusSeconds(300)), GEPUBLICEERD, 100, Duration.ofMinutes(10),
        Clock.fixed(NU, ZoneOffset.UTC));
    StepVerifier.create(cache.decode("vals-1")).expectError(BadJwtException.class).verify();
    StepVerifier.create(cache.decode("vals-1")).expectError(BadJwtException.class).verify();
    assertThat(verificaties).hasValue(2);
  }

  @Test
  void eenTokenWaarvanDeSleutelUitDeSetVerdwenIsWordtOpnieuwGeverifieerd() {
    var gepubliceerd = new java.util.concurrent.atomic.AtomicBoolean(true);
    var cache = new VerifiedTokenCache(echteVerificatie(NU.plusSeconds(300)), jwt -> Mono.just(gepubliceerd.get()),
        100, Duration.ofMinutes(10), Clock.fixed(NU, ZoneOffset.UTC));
    StepVerifier.create(cache.decode("token-c")).expectNextCount(1).verifyComplete();
    StepVerifier.create(cache.decode("token-c")).expectNextCount(1).verifyComplete();
    assertThat(verificaties).hasValue(1);
    gepubliceerd.set(false); // its key left the issuer's set: the hit is not trusted, the real verification decides
    StepVerifier.create(cache.decode("token-c")).expectNextCount(1).verifyComplete();
    assertThat(verificaties).hasValue(2);
  }

  @Test
  void kanDeSleutelsetNietWordenGelezenDanGeenAntwoordUitDeCache() {
    var cache = new VerifiedTokenCache(echteVerificatie(NU.plusSeconds(300)),
        jwt -> Mono.error(new IllegalStateException("keys could not be fetched")), 100, Duration.ofMinutes(10),
        Clock.fixed(NU, ZoneOffset.UTC));
    StepVerifier.create(cache.decode("token-d")).expectNextCount(1).verifyComplete();
    StepVerifier.create(cache.decode("token-d")).expectError(IllegalStateException.class).verify();
  }
}
