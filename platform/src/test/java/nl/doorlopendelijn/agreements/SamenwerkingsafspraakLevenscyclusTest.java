package nl.doorlopendelijn.agreements;

import static nl.doorlopendelijn.agreements.AfspraakApi.HVB;
import static nl.doorlopendelijn.agreements.AfspraakApi.OISTERWIJK;
import static nl.doorlopendelijn.agreements.AfspraakApi.coa;
import static nl.doorlopendelijn.agreements.AfspraakApi.coordinator;
import static nl.doorlopendelijn.agreements.AfspraakApi.medewerker;
import static nl.doorlopendelijn.agreements.AfspraakApi.pad;
import static nl.doorlopendelijn.agreements.AfspraakApi.verzoek;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.testsupport.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** concept → ter-ondertekening → actief (every party signed) → beeindigd; new versions of active agreements. */
@PlatformTest
class SamenwerkingsafspraakLevenscyclusTest {

  private static final UUID HVB_ID = Region.idFor(HVB);

  @Autowired
  WebTestClient web;

  @Autowired
  Samenwerkingsafspraken samenwerkingsafspraken;

  @Autowired
  AgreementSignals signalen;

  AfspraakApi api() {
    return new AfspraakApi(web);
  }

  @Test
  void afspraakWordtPasActiefAlsDeLaatstePartijOndertekent() {
    String id = api().maakId(HVB, OISTERWIJK, "GM0824", "GM0867");
    api().terOndertekening(HVB, id);
    api().onderteken(HVB, id, medewerker(HVB, "GM0824"), "GM0824").expectStatus().isCreated()
        .expectBody().jsonPath("$.status").isEqualTo("ter-ondertekening");
    api().onderteken(HVB, id, coa(OISTERWIJK), OISTERWIJK).expectStatus().isCreated()
        .expectBody().jsonPath("$.status").isEqualTo("ter-ondertekening")
        .jsonPath("$.azc.ondertekening.door").isEqualTo("liaison-" + OISTERWIJK);
    api().onderteken(HVB, id, medewerker(HVB, "GM0867"), "GM0867").expectStatus().isCreated()
        .expectBody().jsonPath("$.status").isEqualTo("actief").jsonPath("$.geactiveerdOp").exists();
    web.get().uri(pad(HVB) + "/" + id + "/ondertekeningen").headers(h -> h.setBearerAuth(coordinator(HVB)))
        .exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.ondertekeningen.length()").isEqualTo(3)
        .jsonPath("$.ondertekeningen[?(@.partij == 'GM0867')].ondertekendDoor").isEqualTo("medewerker-GM0867")
        .jsonPath("$.nogTeOndertekenen.length()").isEqualTo(0);
  }

  @Test
  void dezelfdePartijOndertekentNietTweeKeerEnEenConceptWordtNietOndertekend() {
    String id = api().maakId(HVB, OISTERWIJK, "GM0824");
    api().onderteken(HVB, id, medewerker(HVB, "GM0824"), "GM0824").expectStatus().isEqualTo(409);
    api().terOndertekening(HVB, id);
    api().onderteken(HVB, id, medewerker(HVB, "GM0824"), "GM0824").expectStatus().isCreated();
    api().onderteken(HVB, id, medewerker(HVB, "GM0824"), "GM0824").expectStatus().isEqualTo(409)
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void ondertekenenVanEenBeeindigdeAfspraakGeeft409() {
    String id = api().maakId(HVB, OISTERWIJK, "GM0824", "GM0766");
    api().terOndertekening(HVB, id);
    api().onderteken(HVB, id, medewerker(HVB, "GM0824"), "GM0824").expectStatus().isCreated();
    beeindig(id).expectStatus().isCreated();
    api().onderteken(HVB, id, medewerker(HVB, "GM0766"), "GM0766").expectStatus().isEqualTo(409)
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(api().status(HVB, id)).isEqualTo("beeindigd");
  }

  @Test
  void ongeldigeOvergangenGeven409() {
    String id = api().actiefId(HVB, OISTERWIJK, "GM0784");
    web.post().uri(pad(HVB) + "/" + id + "/ter-ondertekening").headers(h -> h.setBearerAuth(coordinator(HVB)))
        .exchange().expectStatus().isEqualTo(409);
    beeindig(id).expectStatus().isCreated().expectBody().jsonPath("$.status").isEqualTo("beeindigd");
    beeindig(id).expectStatus().isEqualTo(409);
    wijzig(id, api().etag(HVB, id), verzoek(OISTERWIJK, "GM0784")).expectStatus().isEqualTo(409);
    web.post().uri(pad(HVB) + "/" + id + "/beeindigingen").headers(h -> h.setBearerAuth(coordinator(HVB)))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).exchange().expectStatus().isBadRequest();
  }

  @Test
  void nieuweVersieVanActieveAfspraakGeldtPasAlsIedereePartijHeeftOndertekend() {
    Map<String, Object> body = verzoek(OISTERWIJK, "GM0809", "GM0798");
    String v1 = (String) api().maak(HVB, body).get("id");
    api().terOndertekening(HVB, v1);
    api().ondertekenDoorIedereen(HVB, v1, OISTERWIJK, "GM0809", "GM0798");
    assertThat(actieveVersie("GM0809")).isEqualTo(v1);

    body.put("normen", Map.of("dagenTotKennismaking", 3));
    Map<String, Object> nieuw = wijzig(v1, api().etag(HVB, v1), body).expectStatus().isCreated()
        .expectBody(AfspraakApi.MAP).returnResult().getResponseBody();
    String v2 = (String) nieuw.get("id");
    assertThat(nieuw).containsEntry("status", "concept").containsEntry("versienummer", 2)
        .containsEntry("vorigeVersieId", v1).containsEntry("afspraakId", v1);
    // A second change while version 2 is open is refused.
    wijzig(v1, api().etag(HVB, v1), body).expectStatus().isEqualTo(409);

    api().terOndertekening(HVB, v2);
    api().onderteken(HVB, v2, medewerker(HVB, "GM0809"), "GM0809").expectStatus().isCreated();
    api().onderteken(HVB, v2, coa(OISTERWIJK), OISTERWIJK).expectStatus().isCreated();
    assertThat(api().status(HVB, v1)).isEqualTo("actief");
    assertThat(api().status(HVB, v2)).isEqualTo("ter-ondertekening");
    assertThat(actieveVersie("GM0809")).isEqualTo(v1);
    assertThat(samenwerkingsafspraken.actieveVoor(HVB_ID, "GM0809", OISTERWIJK, LocalDate.of(2026, 2, 1))
        .block().normen().dagenTotKennismaking()).isEqualTo(7);

    api().onderteken(HVB, v2, medewerker(HVB, "GM0798"), "GM0798").expectStatus().isCreated()
        .expectBody().jsonPath("$.status").isEqualTo("actief");
    assertThat(api().status(HVB, v1)).isEqualTo("vervangen");
    assertThat(actieveVersie("GM0809")).isEqualTo(v2);
    assertThat(samenwerkingsafspraken.versie(HVB_ID, UUID.fromString(v2)).block().normen().dagenTotKennismaking())
        .isEqualTo(3);

    // The superseded version stays readable and never changes again.
    wijzig(v1, api().etag(HVB, v1), body).expectStatus().isEqualTo(409);
    beeindig(v1).expectStatus().isEqualTo(409);
    web.get().uri(pad(HVB) + "/" + v2 + "/versies").headers(h -> h.setBearerAuth(medewerker(HVB, "GM0798")))
        .exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.versies.length()").isEqualTo(2)
        .jsonPath("$.versies[0].status").isEqualTo("vervangen")
        .jsonPath("$.versies[1].status").isEqualTo("actief");
  }

  @Test
  @SuppressWarnings("unchecked")
  void vertrokkenContactpersoonGeeftEenOpenSignaalOpDeAfspraak() throws InterruptedException {
    Map<String, Object> body = verzoek(OISTERWIJK, "GM0855");
    String id = (String) api().maak(HVB, body).get("id");
    UUID contact = UUID.fromString((String) ((List<Map<String, Object>>) body.get("gemeenten")).get(0)
        .get("contactpersoonId"));

    // The contact leaves their organisation in the contactpersonengids; the agreement hears of it by the event.
    String operator = AfspraakApi.ISSUERS.platformOperator();
    // (the operator may correct the gids but not read it: the ETag is read by a role doing handover work)
    String etag = web.get().uri("/api/v1/contactpersonen/" + contact).headers(h -> h.setBearerAuth(coordinator(HVB)))
        .exchange().expectStatus().isOk().returnResult(String.class).getResponseHeaders().getETag();
    web.post().uri("/api/v1/contactpersonen/" + contact + "/deactiveringen")
        .headers(h -> { h.setBearerAuth(operator); h.setIfMatch(etag); })
        .exchange().expectStatus().is2xxSuccessful();

    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
    int gevonden = 0;
    while (gevonden == 0 && System.nanoTime() < deadline) {
      Thread.sleep(100);
      gevonden = web.get().uri(pad(HVB) + "/" + id).headers(h -> h.setBearerAuth(medewerker(HVB, "GM0855")))
          .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody()
          .get("signalen") instanceof List<?> l ? l.size() : 0;
    }
    web.get().uri(pad(HVB) + "/" + id).headers(h -> h.setBearerAuth(medewerker(HVB, "GM0855")))
        .exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.signalen.length()").isEqualTo(1)
        .jsonPath("$.signalen[0].soort").isEqualTo("contactpersoon-vertrokken")
        .jsonPath("$.signalen[0].partij").isEqualTo("GM0855")
        .jsonPath("$.signalen[0].contactpersoonId").isEqualTo(contact.toString());
    // Raising it again changes nothing: one open signal per contact and agreement.
    assertThat(signalen.contactpersoonVertrokken(contact).block()).isZero();
  }

  private String actieveVersie(String gemeente) {
    var actief = samenwerkingsafspraken.actieveVoor(HVB_ID, gemeente, OISTERWIJK, LocalDate.of(2026, 2, 1)).block();
    return actief == null ? null : actief.versieId().toString();
  }

  private WebTestClient.ResponseSpec beeindig(String id) {
    return web.post().uri(pad(HVB) + "/" + id + "/beeindigingen").headers(h -> h.setBearerAuth(coordinator(HVB)))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reden", "Samenwerking gestopt")).exchange();
  }

  private WebTestClient.ResponseSpec wijzig(String id, String etag, Map<String, Object> body) {
    return web.put().uri(pad(HVB) + "/" + id).headers(h -> {
      h.setBearerAuth(coordinator(HVB));
      h.setIfMatch(etag);
    }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
  }
}
