package nl.doorlopendelijn.directory;

import static nl.doorlopendelijn.directory.Gids.contact;
import static nl.doorlopendelijn.directory.Gids.issuers;
import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import nl.doorlopendelijn.testsupport.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.StepVerifier;

@PlatformTest
class ContactpersoonWijzigenTest {

  @Autowired
  WebTestClient web;

  @Autowired
  VertrokkenOntvanger vertrokken;

  @Autowired
  Contactpersonen contactpersonen;

  Gids gids;
  UUID org;
  String beheerder;

  @BeforeEach
  void setUp() {
    gids = new Gids(web);
    org = gids.partner("Wijzigpartner " + Gids.uniek(), "hart-van-brabant");
    beheerder = issuers.regioCoordinator(HART_VAN_BRABANT);
  }

  @Test
  void wijzigenZonderIfMatchGeeft428EnMetVerouderdeVersie412() {
    UUID id = gids.contactpersoon(contact(org, "Hanna Versie"));
    String eerste = gids.etag(id);
    assertThat(eerste).isEqualTo("\"1\"");

    gids.wijzig(id, beheerder, null, contact(org, "Hanna Versie")).expectStatus().isEqualTo(428)
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    gids.wijzig(id, beheerder, eerste, contact(org, "Hanna Versie", "functie", "buddy-coördinator"))
        .expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"");
    gids.wijzig(id, beheerder, eerste, contact(org, "Hanna Oud")).expectStatus().isEqualTo(412)
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    gids.deactiveer(id, beheerder, null).expectStatus().isEqualTo(428);
    gids.deactiveer(id, beheerder, eerste).expectStatus().isEqualTo(412);
    assertThat(gids.lees(id, beheerder)).containsEntry("functie", "buddy-coördinator").containsEntry("actief", true);
  }

  @Test
  void vanTweeGelijktijdigeWijzigingenMetDezelfdeETagWintErPreciesEen() throws Exception {
    for (int ronde = 0; ronde < 5; ronde++) {
      UUID id = gids.contactpersoon(contact(org, "Race " + ronde));
      String etag = gids.etag(id);
      CountDownLatch start = new CountDownLatch(1);
      List<CompletableFuture<Integer>> pogingen = new ArrayList<>();
      for (String functie : List.of("klantregisseur A", "klantregisseur B")) {
        pogingen.add(CompletableFuture.supplyAsync(() -> {
          try {
            start.await();
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
          return gids.wijzig(id, beheerder, etag, contact(org, "Race", "functie", functie))
              .returnResult(String.class).getStatus().value();
        }));
      }
      start.countDown();
      List<Integer> statussen = pogingen.stream().map(CompletableFuture::join).toList();
      assertThat(statussen).containsExactlyInAnyOrder(200, 412);
      assertThat(gids.lees(id, beheerder)).containsEntry("versie", 2);
    }
  }

  @Test
  void vertrekPubliceertEenEventEnDeContactpersoonBlijftOpIdLeesbaar() {
    String naam = "Vertrekker " + Gids.uniek();
    UUID id = gids.contactpersoon(contact(org, naam));
    assertThat(vertrokken.ontvangen).noneMatch(e -> e.contactpersoonId().equals(id));

    gids.deactiveer(id, beheerder, gids.etag(id)).expectStatus().isOk()
        .expectBody().jsonPath("$.actief").isEqualTo(false);

    // delivered through the outbox after the commit
    await().atMost(Duration.ofSeconds(20))
        .until(() -> vertrokken.ontvangen.stream().anyMatch(e -> e.contactpersoonId().equals(id)));
    assertThat(vertrokken.ontvangen).filteredOn(e -> e.contactpersoonId().equals(id)).singleElement()
        .satisfies(e -> assertThat(e.organisatieId()).isEqualTo(org));
    assertThat(gids.lees(id, issuers.coaLiaison("AZC-OVERLOON"))).containsEntry("naam", naam).containsEntry("actief", false);
    assertThat(gids.zoek("q=" + naam)).isEmpty();
    assertThat(gids.zoek("q=" + naam + "&inclusiefInactief=true")).containsExactly(naam);
    StepVerifier.create(contactpersonen.isActive(id)).expectNext(false).verifyComplete();
    StepVerifier.create(contactpersonen.byId(id).map(Contactpersoon::naam)).expectNext(naam).verifyComplete();

    gids.deactiveer(id, beheerder, gids.etag(id)).expectStatus().isEqualTo(409);
    gids.wijzig(id, beheerder, contact(org, naam)).expectStatus().isEqualTo(409);
    assertThat(vertrokken.ontvangen).filteredOn(e -> e.contactpersoonId().equals(id)).hasSize(1);
  }

  @Test
  void geweigerdVertrekPubliceertGeenEvent() {
    UUID id = gids.contactpersoon(contact(org, "Blijver " + Gids.uniek()));
    gids.deactiveer(id, issuers.coaLiaison("AZC-OISTERWIJK"), gids.etag(id)).expectStatus().isForbidden();
    gids.deactiveer(id, beheerder, "\"7\"").expectStatus().isEqualTo(412);
    assertThat(vertrokken.ontvangen).noneMatch(e -> e.contactpersoonId().equals(id));
    StepVerifier.create(contactpersonen.isActive(id)).expectNext(true).verifyComplete();
  }

  @Test
  void contactpersonenPerOrganisatieEnBeschikbaarheidVoorAndereModules() {
    UUID a = gids.contactpersoon(contact(org, "Ans Beschikbaar"));
    UUID b = gids.contactpersoon(contact(org, "Bas Bezet", "beschikbaar", false));
    StepVerifier.create(contactpersonen.byOrganisatie(org).map(Contactpersoon::id)).expectNext(a, b).verifyComplete();
    StepVerifier.create(contactpersonen.isAvailable(a)).expectNext(true).verifyComplete();
    StepVerifier.create(contactpersonen.isAvailable(b)).expectNext(false).verifyComplete();
    StepVerifier.create(contactpersonen.isActive(UUID.randomUUID())).expectNext(false).verifyComplete();
  }

  @Test
  void aanmakenMetDezelfdeIdempotencyKeyLevertEenContactpersoon() {
    String sleutel = UUID.randomUUID().toString();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      ids.add(web.post().uri("/api/v1/contactpersonen")
          .headers(h -> {
            h.setBearerAuth(beheerder);
            h.set("Idempotency-Key", sleutel);
          })
          .contentType(MediaType.APPLICATION_JSON).bodyValue(contact(org, "Idem Potent"))
          .exchange().expectStatus().isCreated()
          .returnResult(String.class).getResponseHeaders().getLocation().toString());
    }
    assertThat(ids.get(0)).isEqualTo(ids.get(1));
    assertThat(gids.zoek("organisatie=" + org)).containsExactly("Idem Potent");
  }

  @Test
  void ongeldigeInvoerGeeftAlleFoutenTegelijk() {
    Map<String, Object> body = Map.of("organisatieId", UUID.randomUUID().toString(), "naam", " ",
        "email", "geen-adres", "telefoon", "bel me", "gemeenten", List.of("Tilburg"), "regios", List.of("atlantis"),
        "talen", List.of("Nederlands"), "getraindOp", "2999-01-01");
    gids.maak(beheerder, body).expectStatus().isBadRequest()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.invalidParams[*].name").value(List.class, names -> assertThat((List<Object>) names).containsExactlyInAnyOrder(
            "naam", "functie", "email", "telefoon", "gemeenten[0]", "talen[0]", "getraindOp", "organisatieId",
            "regios[0]"));
  }

  @Test
  void vCardBevatDeZakelijkeGegevensNetjesGeescaped() {
    UUID id = gids.contactpersoon(contact(org, "José de Vries", "functie", "regievoerder, buddy-coördinator",
        "email", "j.devries@gemeente.example", "telefoon", "+31 13 123 4567", "talen", List.of("nl", "es"),
        "getraindOp", "2025-01-15"));

    String vcard = web.get().uri("/api/v1/contactpersonen/{id}", id)
        .headers(h -> {
          h.setBearerAuth(issuers.coaLiaison("AZC-OISTERWIJK"));
          h.setAccept(List.of(MediaType.parseMediaType("text/vcard")));
        })
        .exchange().expectStatus().isOk()
        .expectHeader().contentTypeCompatibleWith("text/vcard")
        .expectBody(String.class).returnResult().getResponseBody();
    assertThat(vcard.replace("\r\n ", "")).startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n")
        .contains("FN:José de Vries\r\n", "N:de Vries;José\r\n", "TITLE:regievoerder\\, buddy-coördinator\r\n",
            "EMAIL;TYPE=work,internet:j.devries@gemeente.example", "TEL;TYPE=work,voice:+31 13 123 4567",
            "ORG:Wijzigpartner", "UID:urn:uuid:" + id, "NOTE:Talen: nl\\, es. Getraind in de warme overdracht op 2025-01-15.")
        .endsWith("END:VCARD\r\n");

    web.get().uri("/api/v1/contactpersonen/{id}/vcard", id).headers(h -> h.setBearerAuth(beheerder))
        .exchange().expectStatus().isOk()
        .expectHeader().contentTypeCompatibleWith("text/vcard")
        .expectHeader().valueMatches(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"contactpersoon-.*\\.vcf\"")
        .expectBody(String.class).value(v -> assertThat(v).contains("FN:José de Vries"));
    web.get().uri("/api/v1/contactpersonen/{id}", id).headers(h -> h.setBearerAuth(beheerder))
        .exchange().expectStatus().isOk().expectHeader().contentType(MediaType.APPLICATION_JSON);
  }

  @Test
  void onbekendeContactpersoonGeeft404() {
    web.get().uri("/api/v1/contactpersonen/{id}", UUID.randomUUID()).headers(h -> h.setBearerAuth(beheerder))
        .exchange().expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void hernoemdeOrganisatieIsVindbaarOnderHaarNieuweNaam() {
    gids.contactpersoon(contact(org, "Ria Hernoemd"));
    String nieuweNaam = "Hernoemde " + Gids.uniek();
    String etag = web.get().uri("/api/v1/organisaties/{id}", org).headers(h -> h.setBearerAuth(beheerder))
        .exchange().expectStatus().isOk().returnResult(String.class).getResponseHeaders().getETag();
    web.put().uri("/api/v1/organisaties/{id}", org)
        .headers(h -> h.setBearerAuth(beheerder)).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("type", "partner", "naam", nieuweNaam, "regios", List.of("hart-van-brabant")))
        .exchange().expectStatus().isEqualTo(428);
    web.put().uri("/api/v1/organisaties/{id}", org)
        .headers(h -> {
          h.setBearerAuth(beheerder);
          h.setIfMatch(etag);
        }).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("type", "partner", "naam", nieuweNaam, "regios", List.of("hart-van-brabant")))
        .exchange().expectStatus().isOk().expectBody().jsonPath("$.versie").isEqualTo(2);
    assertThat(gids.zoek("q=" + nieuweNaam)).containsExactly("Ria Hernoemd");
    // a coordinator cannot move a partner out of its own reach
    web.put().uri("/api/v1/organisaties/{id}", org)
        .headers(h -> {
          h.setBearerAuth(beheerder);
          h.setIfMatch("\"2\"");
        }).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("type", "partner", "naam", nieuweNaam, "regios", List.of("noordoost-brabant")))
        .exchange().expectStatus().isForbidden();
  }
}
