package nl.doorlopendelijn.webui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.doorlopendelijn.dossiers.DossierSignals;
import nl.doorlopendelijn.dossiers.Dossiers;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.testsupport.TestAfspraken;
import nl.doorlopendelijn.dossiers.planning.SignaalType;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestContactpersonen;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The dossier page's signal filter offers exactly the signal codes dossiers carry ({@link SignaalType}, with Dutch
 * names), each option returns exactly the dossiers carrying that signal, and an unknown value is a 400 (API) and a
 * message (page), never an empty list.
 */
@PlatformTest
class SignaalFilterTest {

  private static final TestIssuers issuers = TestIssuers.shared();
  private static final String HVB = "hart-van-brabant";
  private static final String LIJST = "/api/v1/regios/" + HVB + "/dossiers";
  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};
  private static final Pattern OPTIE = Pattern.compile("<option value=\"([^\"]+)\"[^>]*>([^<]+)</option>");

  /** Values the page used to offer, and others no dossier carries. */
  private static final List<String> ONBEKEND = List.of("mijlpaal-verlopen", "verhuizing-zonder-klantprofiel-update",
      "stilgevallen", "TE-LAAT", "te-laat ", "onzin-" + UUID.randomUUID());

  @Autowired
  WebTestClient web;

  @Autowired
  DossierSignals dossierSignals;

  @Autowired
  Dossiers dossiers;

  private String afspraakMetMengvorm;

  @Test
  void elkeFilteroptieGeeftPreciesDeDossiersMetDatSignaal() {
    Map<SignaalType, String> metSignaal = new EnumMap<>(SignaalType.class);
    for (SignaalType type : SignaalType.values()) {
      metSignaal.put(type, dossierMet(type));
    }
    var coordinator = PaginaSessie.inloggen(web, HVB, "coordinator-" + HVB, List.of("regio-coordinator"), Map.of());

    Map<String, String> opties = opties(coordinator.html("/regio/" + HVB + "/dossiers", 200));

    assertThat(opties.keySet()).containsExactlyInAnyOrderElementsOf(SignaalType.codes());
    for (SignaalType type : SignaalType.values()) {
      assertThat(opties.get(type.code())).isEqualTo(type.label()).doesNotContain("-");
    }
    Map<String, List<String>> alle = signalenPerDossier(LIJST + "?x=");
    for (String code : opties.keySet()) {
      Set<String> verwacht = alle.entrySet().stream().filter(e -> e.getValue().contains(code)).map(Map.Entry::getKey)
          .collect(Collectors.toSet());
      Set<String> gefilterd = signalenPerDossier(LIJST + "?signaal=" + code).keySet();
      assertThat(gefilterd).as(code).isEqualTo(verwacht)
          .contains(metSignaal.get(SignaalType.vanCode(code).orElseThrow()));

      String pagina = coordinator.html("/regio/" + HVB + "/dossiers?signaal=" + code, 200);
      assertThat(pagina).as(code).doesNotContain("Er zijn geen dossiers").contains("data-signaal=\"" + code + "\"");
    }
  }

  @Test
  void eenOnbekendSignaalIs400MetDeToegestaneWaarden() {
    String coordinator = issuers.regioCoordinator(HVB);
    String liaison = issuers.coaLiaison("AZC-OISTERWIJK");
    for (String waarde : ONBEKEND) {
      web.get().uri(b -> b.path(LIJST).queryParam("signaal", "{s}").build(waarde))
          .headers(h -> h.setBearerAuth(coordinator)).exchange()
          .expectStatus().isBadRequest()
          .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.invalidParams[0].name").isEqualTo("query:signaal")
          .jsonPath("$.invalidParams[0].reason").value(String.class,
              reden -> assertThat(reden).contains(SignaalType.codes()));
      web.get().uri(b -> b.path("/api/v1/azc-locaties/AZC-OISTERWIJK/dossiers").queryParam("signaal", "{s}")
              .build(waarde))
          .headers(h -> h.setBearerAuth(liaison)).exchange()
          .expectStatus().isBadRequest()
          .expectBody().jsonPath("$.invalidParams[0].name").isEqualTo("query:signaal");
    }
    // all errors at once
    web.get().uri(LIJST + "?signaal=stilgevallen&sorteer=onzin&pagina=0").headers(h -> h.setBearerAuth(coordinator))
        .exchange().expectStatus().isBadRequest()
        .expectBody().jsonPath("$.invalidParams.length()").isEqualTo(3);
  }

  @Test
  void eenOnbekendSignaalIsEenMeldingOpDePagina() {
    var coordinator = PaginaSessie.inloggen(web, HVB, "coordinator-" + HVB, List.of("regio-coordinator"), Map.of());
    for (String waarde : ONBEKEND.subList(0, 3)) {
      String html = coordinator.html("/regio/" + HVB + "/dossiers?signaal=" + waarde, 400);
      assertThat(html).as(waarde).contains("Dit filter kan niet worden toegepast", "signaal: moet een van")
          .doesNotContain("Er zijn geen dossiers");
      assertThat(opties(html).keySet()).containsExactlyInAnyOrderElementsOf(SignaalType.codes());
    }
  }

  /** A dossier of the region made to carry this signal; its id. */
  private String dossierMet(SignaalType type) {
    LocalDate vandaag = LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL);
    UUID contact = TestContactpersonen.vanGemeente("GM0785");
    Map<String, Object> invoer = new LinkedHashMap<>();
    invoer.put("gemeente", "GM0785");
    invoer.put("azcLocatie", "AZC-OISTERWIJK");
    invoer.put("gekozenScenario", "start-na-verhuizing");
    invoer.put("vasteContactpersoonId", contact.toString());
    invoer.put("persoon", nl.doorlopendelijn.testsupport.TestPersonen.persoon());
    switch (type) {
      case TE_LAAT, DRIEGESPREK_BUITEN_NORM -> invoer.put("koppelingsdatum", vandaag.minusDays(40).toString());
      case VERHUIZING_ZONDER_KLANTPROFIEL -> {
        invoer.put("koppelingsdatum", vandaag.minusDays(3).toString());
        invoer.put("verwachteVerhuisdatum", vandaag.plusDays(7).toString());
      }
      case STILVAL -> invoer.put("koppelingsdatum", vandaag.minusDays(90).toString());
      case GEEN_CONTACTPERSOON -> {
        invoer.put("koppelingsdatum", vandaag.minusDays(3).toString());
        invoer.remove("vasteContactpersoonId");
      }
      case CONTACTPERSOON_VERTROKKEN -> invoer.put("koppelingsdatum", vandaag.minusDays(3).toString());
      case HERPLANNEN_MISLUKT -> {
        // planned by a mengvorm agreement that then ends: nothing in force says which steps come first
        afspraakMetMengvorm = TestAfspraken.actief(web, HVB, "AZC-OISTERWIJK", "GM0785", vandaag.toString(), Map.of(
            "scenario", "mengvorm", "mengvorm", Map.of("omschrijving", "Intake voor de verhuizing",
                "voorVerhuizing", List.of("brede-intake"))));
        invoer.put("koppelingsdatum", vandaag.minusDays(3).toString());
        invoer.put("gekozenScenario", "mengvorm");
      }
    }
    String id = (String) web.post().uri(LIJST).headers(h -> h.setBearerAuth(issuers.regioCoordinator(HVB)))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(invoer)
        .exchange().expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody().get("id");
    if (type == SignaalType.CONTACTPERSOON_VERTROKKEN) {
      assertThat(dossierSignals.contactpersoonVertrokken(contact).block()).isEqualTo(1);
    }
    if (type == SignaalType.HERPLANNEN_MISLUKT) {
      TestAfspraken.beeindig(web, HVB, afspraakMetMengvorm);
      UUID versie = UUID.fromString(afspraakMetMengvorm);
      assertThat(dossiers.afspraakVersieGewijzigd(Region.idFor(HVB), versie, versie).block()).isZero();
    }
    List<?> signalen = (List<?>) web.get().uri(LIJST + "/{id}", id)
        .headers(h -> h.setBearerAuth(issuers.regioCoordinator(HVB))).exchange().expectStatus().isOk()
        .expectBody(JSON).returnResult().getResponseBody().get("signalen");
    assertThat(signalen).as("fixture for " + type)
        .anySatisfy(sig -> assertThat(((Map<?, ?>) sig).get("type")).isEqualTo(type.code()));
    return id;
  }

  /** id → signal codes of every dossier in the (filtered) list, over all its pages. */
  private Map<String, List<String>> signalenPerDossier(String pad) {
    Map<String, List<String>> alle = new LinkedHashMap<>();
    for (int pagina = 1; ; pagina++) {
      Map<String, Object> body = web.get().uri(pad + "&paginaGrootte=100&pagina=" + pagina)
          .headers(h -> h.setBearerAuth(issuers.regioCoordinator(HVB))).exchange().expectStatus().isOk()
          .expectBody(JSON).returnResult().getResponseBody();
      List<?> dossiers = (List<?>) body.get("dossiers");
      for (Object d : dossiers) {
        Map<?, ?> m = (Map<?, ?>) d;
        List<String> codes = new ArrayList<>();
        ((List<?>) m.get("signalen")).forEach(s -> codes.add(String.valueOf(s)));
        alle.put((String) m.get("id"), codes);
      }
      if (dossiers.size() < 100) {
        return alle;
      }
    }
  }

  /** value → text of the signal filter's options (without the empty "all" option). */
  private static Map<String, String> opties(String html) {
    int start = html.indexOf("<select id=\"filter-signaal\"");
    String select = html.substring(start, html.indexOf("</select>", start));
    Map<String, String> opties = new LinkedHashMap<>();
    Matcher m = OPTIE.matcher(select);
    while (m.find()) {
      opties.put(m.group(1), m.group(2));
    }
    return opties;
  }
}
