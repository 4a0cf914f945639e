package nl.doorlopendelijn.webui.pages;

import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The pages' way to data: the platform's own REST API over HTTP (backend for frontend), with the user's access token
 * from the session (refreshed when it expired). A page is therefore exactly as authorised as the API (ADR 0006).
 *
 * <p>Two connection pools of its own, never Reactor Netty's shared default (16 connections, 45 s pending): page
 * requests share a bounded pool whose connections are dropped after an idle time shorter than the server's idle
 * timeout (so a connection the server closed is never reused) and after a life time; an SSE stream (an open
 * dashboard) gets a connection of its own, outside that pool, for as long as it is open. Open dashboards therefore
 * never take a page request's connection.
 */
@Component
class PlatformApi implements org.springframework.beans.factory.DisposableBean {

  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<ServerSentEvent<String>> SSE = new ParameterizedTypeReference<>() {};

  private final ReactiveOAuth2AuthorizedClientManager tokens;
  private final Environment environment;
  private final String configuredBaseUrl;
  /** How long a read may take: longer than any wait the API bounds itself (ADR 0006), so its own answer comes. */
  private final Duration antwoordBinnen;

  private final ConnectionProvider paginaVerbindingen;
  private final ConnectionProvider stroomVerbindingen;
  /** Page requests: the bounded pool. */
  private final WebClient web;
  /** SSE streams: a connection each, never one of the page pool's. */
  private final WebClient stromen;

  private final nl.doorlopendelijn.webui.session.SessieStromen sessieStromen;

  PlatformApi(ReactiveOAuth2AuthorizedClientManager tokens, Environment environment,
      @Value("${doorlopendelijn.web.api-base-url:}") String configuredBaseUrl, ApiClientInstellingen instellingen,
      nl.doorlopendelijn.webui.session.SessieStromen sessieStromen) {
    this.sessieStromen = sessieStromen;
    this.tokens = tokens;
    this.environment = environment;
    this.configuredBaseUrl = configuredBaseUrl;
    this.antwoordBinnen = instellingen.antwoordBinnen();
    this.paginaVerbindingen = ConnectionProvider.builder("platform-api-paginas")
        .maxConnections(instellingen.maxVerbindingen())
        .pendingAcquireMaxCount(instellingen.maxWachtend())
        .pendingAcquireTimeout(instellingen.wachtenOpVerbinding())
        .maxIdleTime(instellingen.maxInactief())
        .maxLifeTime(instellingen.maxLevensduur())
        .evictInBackground(instellingen.opruimen())
        .metrics(false)
        .build();
    this.stroomVerbindingen = ConnectionProvider.newConnection();
    this.web = client(HttpClient.create(paginaVerbindingen));
    this.stromen = client(HttpClient.create(stroomVerbindingen));
  }

  private static WebClient client(HttpClient http) {
    return WebClient.builder().clientConnector(new ReactorClientHttpConnector(http))
        .codecs(c -> c.defaultCodecs().maxInMemorySize(4 * 1024 * 1024)).build();
  }

  /** The page pool's size (tests open more dashboards than this). */
  int maxPaginaVerbindingen() {
    return paginaVerbindingen.maxConnections();
  }

  @Override
  public void destroy() {
    paginaVerbindingen.disposeLater().subscribe();
    stroomVerbindingen.disposeLater().subscribe();
  }

  /**
   * A GET of the own API, bounded: a page must not hang on one request. Asked once, never again on a timeout. The
   * bound is longer than the API's own bounded waits (the region registry's first load, a dashboard's first state,
   * a database connection): the API answers first, a 503 with Retry-After when it cannot. The "loopback stall" this
   * once retried around was this bound (5 s) being shorter than the registry's start-up wait (ADR 0006).
   */
  Mono<Antwoord> get(ServerWebExchange exchange, OAuth2AuthenticationToken user, String path) {
    return accessToken(exchange, user).flatMap(token -> web.get().uri(java.net.URI.create(baseUrl() + path))
        .headers(h -> h.setBearerAuth(token))
        .accept(MediaType.APPLICATION_JSON)
        .exchangeToMono(response -> response.bodyToMono(MAP)
            .map(body -> new Antwoord(response.statusCode().value(), body, response.headers().asHttpHeaders().getETag()))
            .defaultIfEmpty(new Antwoord(response.statusCode().value(), null,
                response.headers().asHttpHeaders().getETag()))
            .onErrorResume(unreadable -> Mono.just(new Antwoord(response.statusCode().value(), null, null))))
        .timeout(antwoordBinnen));
  }

  Mono<Antwoord> post(ServerWebExchange exchange, OAuth2AuthenticationToken user, String path, String ifMatch,
      Map<String, Object> body) {
    return post(exchange, user, path, ifMatch, null, body);
  }

  /** A POST with an Idempotency-Key (e.g. one a confirmation page carries: a second click does nothing twice). */
  Mono<Antwoord> post(ServerWebExchange exchange, OAuth2AuthenticationToken user, String path, String ifMatch,
      String idempotencyKey, Map<String, Object> body) {
    return accessToken(exchange, user).flatMap(token -> web.post().uri(java.net.URI.create(baseUrl() + path))
        .headers(h -> {
          h.setBearerAuth(token);
          if (ifMatch != null && !ifMatch.isBlank()) {
            h.set(HttpHeaders.IF_MATCH, ifMatch);
          }
          if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            h.set("Idempotency-Key", idempotencyKey);
          }
        })
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchangeToMono(response -> response.bodyToMono(MAP)
            .map(b -> new Antwoord(response.statusCode().value(), b, null))
            .defaultIfEmpty(new Antwoord(response.statusCode().value(), null, null))
            .onErrorResume(unreadable -> Mono.just(new Antwoord(response.statusCode().value(), null, null)))));
  }

  /**
   * A POST or PUT of the own API with the headers of a change: If-Match (a PUT) and Idempotency-Key (a POST), each
   * only when given. The answer keeps its ETag and Location: a repeated create (Idempotent-Replayed) has no body,
   * only the Location of the first.
   */
  Mono<Schrijfantwoord> schrijf(ServerWebExchange exchange, OAuth2AuthenticationToken user,
      org.springframework.http.HttpMethod methode, String path, String ifMatch, String idempotencyKey,
      Map<String, Object> body) {
    return accessToken(exchange, user).flatMap(token -> web.method(methode).uri(java.net.URI.create(baseUrl() + path))
        .headers(h -> {
          h.setBearerAuth(token);
          if (ifMatch != null && !ifMatch.isBlank()) {
            h.set(HttpHeaders.IF_MATCH, ifMatch);
          }
          if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            h.set("Idempotency-Key", idempotencyKey);
          }
        })
        .contentType(MediaType.APPLICATION_JSON)
        .accept(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchangeToMono(response -> {
          var headers = response.headers().asHttpHeaders();
          String locatie = headers.getLocation() == null ? null : headers.getLocation().toString();
          return response.bodyToMono(MAP)
              .map(b -> new Schrijfantwoord(new Antwoord(response.statusCode().value(), b, headers.getETag()), locatie))
              .defaultIfEmpty(new Schrijfantwoord(new Antwoord(response.statusCode().value(), null, headers.getETag()),
                  locatie))
              .onErrorResume(unreadable -> Mono.just(new Schrijfantwoord(
                  new Antwoord(response.statusCode().value(), null, null), locatie)));
        }));
  }

  /**
   * A multipart POST of the own API with one file part (an import, issue 18), with an Idempotency-Key; the answer
   * keeps its Location.
   */
  Mono<Schrijfantwoord> postBestand(ServerWebExchange exchange, OAuth2AuthenticationToken user, String path,
      String idempotencyKey, String deel, org.springframework.http.codec.multipart.FilePart bestand) {
    var delen = new org.springframework.http.client.MultipartBodyBuilder();
    delen.asyncPart(deel, bestand.content(), org.springframework.core.io.buffer.DataBuffer.class)
        .filename(bestand.filename());
    return accessToken(exchange, user).flatMap(token -> web.post().uri(java.net.URI.create(baseUrl() + path))
        .headers(h -> {
          h.setBearerAuth(token);
          if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            h.set("Idempotency-Key", idempotencyKey);
          }
        })
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .accept(MediaType.APPLICATION_JSON)
        .body(org.springframework.web.reactive.function.BodyInserters.fromMultipartData(delen.build()))
        .exchangeToMono(response -> {
          var headers = response.headers().asHttpHeaders();
          String locatie = headers.getLocation() == null ? null : headers.getLocation().toString();
          return response.bodyToMono(MAP)
              .map(b -> new Schrijfantwoord(new Antwoord(response.statusCode().value(), b, null), locatie))
              .defaultIfEmpty(new Schrijfantwoord(new Antwoord(response.statusCode().value(), null, null), locatie))
              .onErrorResume(unreadable -> Mono.just(new Schrijfantwoord(
                  new Antwoord(response.statusCode().value(), null, null), locatie)));
        }));
  }

  /** A PUT of the own API with If-Match (a change of a resource); the answer with its ETag. */
  Mono<Antwoord> put(ServerWebExchange exchange, OAuth2AuthenticationToken user, String path, String ifMatch,
      Map<String, Object> body) {
    return schrijf(exchange, user, org.springframework.http.HttpMethod.PUT, path, ifMatch, null, body)
        .map(Schrijfantwoord::antwoord);
  }

  /**
   * A download of the own API that is not JSON (a vCard): its status, content type, Content-Disposition and bytes;
   * bounded like {@link #get}. The page passes it on as it is, never an error body (that is JSON).
   */
  Mono<Download> download(ServerWebExchange exchange, OAuth2AuthenticationToken user, String path, String accept) {
    return accessToken(exchange, user).flatMap(token -> web.get().uri(java.net.URI.create(baseUrl() + path))
        .headers(h -> h.setBearerAuth(token))
        .accept(MediaType.parseMediaType(accept))
        .exchangeToMono(response -> response.bodyToMono(byte[].class)
            .defaultIfEmpty(new byte[0])
            .map(b -> new Download(response.statusCode().value(),
                response.headers().contentType().map(MediaType::toString).orElse(null),
                response.headers().asHttpHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION), b)))
        .timeout(antwoordBinnen));
  }

  /** How long an export may take before its first byte: a list of 10,000 dossiers is read and written first. */
  private static final Duration EXPORT_TIMEOUT = Duration.ofSeconds(60);

  /**
   * An export of the own API (a CSV or .xlsx file), streamed: the status and headers once they are there, the body
   * passed on as it comes, never held whole. Asked once, never again on a timeout (each export is audited: a repeat
   * would be a second export). An error answer's body (problem+json) is released, not passed on.
   */
  Mono<org.springframework.http.ResponseEntity<Flux<org.springframework.core.io.buffer.DataBuffer>>> export(
      ServerWebExchange exchange, OAuth2AuthenticationToken user, String path) {
    return accessToken(exchange, user).flatMap(token -> web.get().uri(java.net.URI.create(baseUrl() + path))
        .headers(h -> h.setBearerAuth(token))
        .accept(MediaType.parseMediaType("text/csv"), MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), MediaType.APPLICATION_PROBLEM_JSON)
        .retrieve()
        .onStatus(status -> true, response -> Mono.empty())
        .toEntityFlux(org.springframework.core.io.buffer.DataBuffer.class)
        .timeout(EXPORT_TIMEOUT));
  }

  /** A download's answer. */
  record Download(int status, String contentType, String contentDisposition, byte[] inhoud) {
    boolean ok() {
      return status >= 200 && status < 300;
    }

    /**
     * The file for the browser, with the API's type (else {@code standaardType}) and file name; a refusal as the
     * site's Dutch error page (400, 403 and 404 as such, anything else 502), never an empty answer.
     */
    org.springframework.http.ResponseEntity<byte[]> alsAntwoord(String standaardType) {
      if (!ok()) {
        throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.valueOf(
            status == 400 || status == 403 || status == 404 ? status : 502));
      }
      var antwoord = org.springframework.http.ResponseEntity.ok().contentType(
          org.springframework.http.MediaType.parseMediaType(contentType == null ? standaardType : contentType));
      if (contentDisposition != null) {
        antwoord.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, contentDisposition);
      }
      return antwoord.body(inhoud);
    }
  }

  /** An SSE stream of the API, with Last-Event-ID passed on so a reconnecting browser misses nothing. */
  Flux<ServerSentEvent<String>> stream(ServerWebExchange exchange, OAuth2AuthenticationToken user, String path,
      String lastEventId) {
    // ends with the web session (logout), and when the API ends it (its token expired: the browser reconnects and
    // this asks a fresh one); see docs/security.md. A connection of its own, never one of the page pool's (ADR 0006).
    return sessieStromen.zolangIngelogd(exchange, accessToken(exchange, user).flatMapMany(token -> stromen.get()
        .uri(java.net.URI.create(baseUrl() + path))
        .headers(h -> {
          h.setBearerAuth(token);
          if (lastEventId != null && !lastEventId.isBlank()) {
            h.set("Last-Event-ID", lastEventId);
          }
        })
        .accept(MediaType.TEXT_EVENT_STREAM)
        .retrieve()
        .bodyToFlux(SSE)));
  }

  /** The access token of the logged-in user; refreshed by the manager when it expired. */
  Mono<String> accessToken(ServerWebExchange exchange, OAuth2AuthenticationToken user) {
    var request = OAuth2AuthorizeRequest.withClientRegistrationId(user.getAuthorizedClientRegistrationId())
        .principal(user)
        .attribute(ServerWebExchange.class.getName(), exchange)
        .build();
    return tokens.authorize(request)
        .map(client -> client.getAccessToken().getTokenValue())
        .switchIfEmpty(Mono.error(() -> new SessieVerlopen()));
  }

  private String baseUrl() {
    if (!configuredBaseUrl.isBlank()) {
      return configuredBaseUrl;
    }
    return "http://127.0.0.1:" + environment.getProperty("local.server.port", "8080");
  }

  /** An answer of the API: its status, body (a JSON object as a map, or null) and ETag. */
  record Antwoord(int status, Map<String, Object> body, String etag) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  /** The answer to a change: the API's answer, and the Location it named (a create). */
  record Schrijfantwoord(Antwoord antwoord, String locatie) {}

  /** The session holds no (longer) usable token: the user must log in again. */
  static final class SessieVerlopen extends RuntimeException {
    SessieVerlopen() {
      super("no authorized client in the session", null, false, false);
    }
  }
}
