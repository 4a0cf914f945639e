package nl.doorlopendelijn.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.identity.CallerKind;
import nl.doorlopendelijn.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The limits on writes, per user and per region: every write method counts and no read does; a refused write is not
 * carried out and counts against nobody; one region's or user's exhaustion leaves the others alone; the answer is a
 * problem with Retry-After, the seconds until the next write is allowed.
 */
class SchrijflimietenTest {

  static final List<HttpMethod> SCHRIJVEN = List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
      HttpMethod.DELETE);

  final Schrijflimieten limieten = new Schrijflimieten(new Schrijflimieten.Instellingen(6, 10));
  final AtomicInteger uitgevoerd = new AtomicInteger();

  static Caller regio(String slug, String subject) {
    return new Caller(CallerKind.REGIO, "https://kc/realms/" + slug, subject, UUID.nameUUIDFromBytes(slug.getBytes()),
        slug, Set.of(Role.REGIO_COORDINATOR), null, null);
  }

  static Caller coa(String subject) {
    return new Caller(CallerKind.COA, "https://kc/realms/coa", subject, null, null, Set.of(Role.COA_LIAISON), null,
        "AZC-OISTERWIJK");
  }

  /** The status the filter leaves: 200 when the request went on to its handler, else the problem's. */
  int verzoek(Caller caller, HttpMethod methode, String pad) {
    var exchange = MockServerWebExchange.from(MockServerHttpRequest.method(methode, pad));
    try {
      limieten.filter(exchange, e -> Mono.fromRunnable(uitgevoerd::incrementAndGet))
          .contextWrite(ReactiveSecurityContextHolder.withAuthentication(new TestingAuthenticationToken(caller, null)))
          .block();
      return 200;
    } catch (ApiProblem p) {
      assertThat(p.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotNull();
      return p.getStatusCode().value();
    }
  }

  @Test
  void elkeSchrijfmethodeTeltEnGeenLeesverzoek() {
    for (HttpMethod methode : SCHRIJVEN) {
      var limiet = new Schrijflimieten(new Schrijflimieten.Instellingen(3, 100));
      for (int i = 0; i < 50; i++) {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/regios/hart-van-brabant/dossiers"));
        limiet.filter(exchange, e -> Mono.empty()).contextWrite(ReactiveSecurityContextHolder.withAuthentication(
            new TestingAuthenticationToken(regio("hart-van-brabant", "a"), null))).block();
      }
      List<Integer> statussen = new java.util.ArrayList<>();
      for (int i = 0; i < 4; i++) {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.method(methode, "/api/v1/regios/hart-van-brabant/dossiers/x"));
        try {
          limiet.filter(exchange, e -> Mono.empty()).contextWrite(ReactiveSecurityContextHolder.withAuthentication(
              new TestingAuthenticationToken(regio("hart-van-brabant", "a"), null))).block();
          statussen.add(200);
        } catch (ApiProblem p) {
          statussen.add(p.getStatusCode().value());
        }
      }
      assertThat(statussen).as(methode.name()).containsExactly(200, 200, 200, 429);
    }
  }

  @Test
  void eenGebruikerKrijgtHaarDeelEnEenGeweigerdVerzoekGebeurtNiet() {
    Caller anna = regio("hart-van-brabant", "anna");
    for (int i = 0; i < 6; i++) {
      assertThat(verzoek(anna, HttpMethod.POST, "/api/v1/regios/hart-van-brabant/dossiers")).isEqualTo(200);
    }
    assertThat(verzoek(anna, HttpMethod.POST, "/api/v1/regios/hart-van-brabant/dossiers")).isEqualTo(429);
    assertThat(uitgevoerd).hasValue(6);
    // a page outside /api/ and a read are not limited here
    assertThat(verzoek(anna, HttpMethod.POST, "/regio/hart-van-brabant/dossiers")).isEqualTo(200);
    assertThat(verzoek(anna, HttpMethod.GET, "/api/v1/regios/hart-van-brabant/dossiers")).isEqualTo(200);
  }

  @Test
  void deRegioTeltAlleGebruikersSamenEnLaatAndereRegiosMet() {
    for (int i = 0; i < 5; i++) {
      assertThat(verzoek(regio("hart-van-brabant", "a"), HttpMethod.PUT, "/api/v1/regios/hart-van-brabant/x"))
          .isEqualTo(200);
      assertThat(verzoek(regio("hart-van-brabant", "b"), HttpMethod.PUT, "/api/v1/regios/hart-van-brabant/x"))
          .isEqualTo(200);
    }
    // the region's 10 are used: a third user is refused, and that refusal does not count against her own share
    for (int i = 0; i < 3; i++) {
      assertThat(verzoek(regio("hart-van-brabant", "c"), HttpMethod.POST, "/api/v1/regios/hart-van-brabant/x"))
          .isEqualTo(429);
    }
    // a COA liaison writing in another region counts against that one, and is let through
    for (int i = 0; i < 6; i++) {
      assertThat(verzoek(coa("liaison"), HttpMethod.POST, "/api/v1/regios/noordoost-brabant/x")).isEqualTo(200);
    }
    assertThat(verzoek(regio("noordoost-brabant", "d"), HttpMethod.POST, "/api/v1/regios/noordoost-brabant/x"))
        .isEqualTo(200);
    assertThat(uitgevoerd).hasValue(17);
  }

  @Test
  void hetAntwoordIsEenProbleemMetRetryAfter() {
    Caller anna = regio("hart-van-brabant", "anna");
    for (int i = 0; i < 6; i++) {
      verzoek(anna, HttpMethod.POST, "/api/v1/regios/hart-van-brabant/dossiers");
    }
    var exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/regios/hart-van-brabant/dossiers"));
    var handler = new ProblemWebExceptionHandler(JsonMapper.builder().build());
    limieten.filter(exchange, e -> Mono.empty())
        .contextWrite(ReactiveSecurityContextHolder.withAuthentication(new TestingAuthenticationToken(anna, null)))
        .onErrorResume(fout -> handler.handle(exchange, fout)).block();

    var antwoord = exchange.getResponse();
    assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(antwoord.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    // 6 a minute: the next write is allowed 10 s after the first of the six
    assertThat(Long.parseLong(antwoord.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 10L);
    assertThat(antwoord.getBodyAsString().block()).contains("\"status\":429").contains("te-veel-verzoeken")
        .contains("Probeer het over");
  }
}
