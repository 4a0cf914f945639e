package nl.doorlopendelijn.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Test fixture: organisations and contacts through the API, with unique names (the database is shared). */
final class Gids {

  static final TestIssuers issuers = TestIssuers.shared();
  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

  /** Reads the gids: a role that does handover work (a platform operator may add to the gids, not read it). */
  static String lezer() {
    return issuers.regioCoordinator(TestIssuers.HART_VAN_BRABANT);
  }

  private final WebTestClient web;

  Gids(WebTestClient web) {
    this.web = web;
  }

  /** Letters only, so the search sees it as one word of its own. */
  static String uniek() {
    StringBuilder b = new StringBuilder();
    ThreadLocalRandom r = ThreadLocalRandom.current();
    for (int i = 0; i < 10; i++) {
      b.append((char) ('a' + r.nextInt(26)));
    }
    return b.toString();
  }

  /** The gemeente's organisation, created by a platform operator when it is not there yet. */
  UUID gemeente(String cbsCode, String naam) {
    List<Map<String, Object>> found = lijst("/api/v1/organisaties?type=gemeente&cbsCode=" + cbsCode,
        "organisaties", lezer());
    if (!found.isEmpty()) {
      return UUID.fromString((String) found.get(0).get("id"));
    }
    return organisatie(issuers.platformOperator(),
        Map.of("type", "gemeente", "naam", "Gemeente " + naam, "cbsCode", cbsCode));
  }

  UUID azc(String azcCode) {
    return UUID.fromString((String) lijst("/api/v1/organisaties?azcCode=" + azcCode, "organisaties", lezer())
        .get(0).get("id"));
  }

  /** A partner organisation of its own for one test, serving the given regions. */
  UUID partner(String naam, String... regios) {
    return organisatie(issuers.platformOperator(),
        Map.of("type", "partner", "naam", naam, "partnerSoort", "taalschool", "regios", List.of(regios)));
  }

  UUID organisatie(String token, Map<String, Object> body) {
    return UUID.fromString((String) web.post().uri("/api/v1/organisaties").headers(h -> h.setBearerAuth(token))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
        .exchange().expectStatus().isCreated()
        .expectBody(JSON).returnResult().getResponseBody().get("id"));
  }

  static Map<String, Object> contact(UUID organisatie, String naam, Object... extra) {
    Map<String, Object> body = new HashMap<>();
    body.put("organisatieId", organisatie.toString());
    body.put("naam", naam);
    body.put("functie", "klantregisseur");
    body.put("email", "contact@voorbeeld.nl");
    for (int i = 0; i < extra.length; i += 2) {
      body.put((String) extra[i], extra[i + 1]);
    }
    return body;
  }

  WebTestClient.ResponseSpec maak(String token, Map<String, Object> body) {
    return web.post().uri("/api/v1/contactpersonen").headers(h -> h.setBearerAuth(token))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
  }

  /** Creates the contact (as a platform operator unless told otherwise) and returns its id. */
  UUID contactpersoon(Map<String, Object> body) {
    return contactpersoon(issuers.platformOperator(), body);
  }

  UUID contactpersoon(String token, Map<String, Object> body) {
    return UUID.fromString((String) maak(token, body).expectStatus().isCreated()
        .expectBody(JSON).returnResult().getResponseBody().get("id"));
  }

  Map<String, Object> lees(UUID id, String token) {
    return web.get().uri("/api/v1/contactpersonen/{id}", id).headers(h -> h.setBearerAuth(token))
        .exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
  }

  String etag(UUID id) {
    return web.get().uri("/api/v1/contactpersonen/{id}", id)
        .headers(h -> h.setBearerAuth(lezer()))
        .exchange().expectStatus().isOk().returnResult(String.class).getResponseHeaders().getETag();
  }

  /** A full update (PUT) with the contact's current ETag. */
  WebTestClient.ResponseSpec wijzig(UUID id, String token, Map<String, Object> body) {
    return wijzig(id, token, etag(id), body);
  }

  WebTestClient.ResponseSpec wijzig(UUID id, String token, String ifMatch, Map<String, Object> body) {
    return web.put().uri("/api/v1/contactpersonen/{id}", id)
        .headers(h -> {
          h.setBearerAuth(token);
          if (ifMatch != null) {
            h.setIfMatch(ifMatch);
          }
        })
        .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
  }

  WebTestClient.ResponseSpec deactiveer(UUID id, String token, String ifMatch) {
    return web.post().uri("/api/v1/contactpersonen/{id}/deactiveringen", id)
        .headers(h -> {
          h.setBearerAuth(token);
          if (ifMatch != null) {
            h.setIfMatch(ifMatch);
          }
        }).exchange();
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> lijst(String uri, String veld, String token) {
    Map<String, Object> body = web.get().uri(uri).headers(h -> h.setBearerAuth(token))
        .exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
    return (List<Map<String, Object>>) body.get(veld);
  }

  /** The names a contact search returns, in order. */
  List<String> zoek(String query) {
    return zoek(query, issuers.regioCoordinator(TestIssuers.HART_VAN_BRABANT));
  }

  List<String> zoek(String query, String token) {
    List<String> namen = new ArrayList<>();
    lijst("/api/v1/contactpersonen?" + query, "contactpersonen", token).forEach(c -> namen.add((String) c.get("naam")));
    return namen;
  }
}
