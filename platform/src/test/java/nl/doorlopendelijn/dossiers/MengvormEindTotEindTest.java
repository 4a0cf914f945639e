package nl.doorlopendelijn.dossiers;

import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.kernel.Tijdzone;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestAfspraken;
import nl.doorlopendelijn.testsupport.TestContactpersonen;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A mengvorm from start to end, through the API: an agreement states which steps come before the move, a dossier is
 * created under it and planned by it, a new version comes into force and the dossier is replanned (the outbox). And
 * replanning is per dossier: one that the new version cannot plan keeps its plan, gets a signal the
 * regio-coördinator sees, is counted, and does not stop the others.
 */
@PlatformTest
class MengvormEindTotEindTest {

  private static final TestIssuers issuers = TestIssuers.shared();
  private static final String GEMEENTE = "GM0784";
  private static final String AZC = "AZC-OISTERWIJK";
  /** Today: the newest agreement in force plans, so agreements of other tests do not interfere. */
  private static final LocalDate VANDAAG = LocalDate.now(Tijdzone.NL);
  private static final String AFSPRAKEN = "/api/v1/regios/" + HART_VAN_BRABANT + "/samenwerkingsafspraken";
  private static final String DOSSIERS = "/api/v1/regios/" + HART_VAN_BRABANT + "/dossiers";
  private static final Duration RUIM = Duration.ofSeconds(30);
  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {};

  @Autowired WebTestClient web;
  @Autowired MeterRegistry meters;

  private final String coordinator = issuers.regioCoordinator(HART_VAN_BRABANT);
  private final String gemeente = issuers.gemeenteMedewerker(HART_VAN_BRABANT, GEMEENTE);
  private final List<String> inWerking = new ArrayList<>();

  @AfterEach
  void afsprakenBeeindigen() {
    // so that dossiers of later tests in this gemeente are not planned by these agreements
    inWerking.forEach(id -> TestAfspraken.beeindig(web, HART_VAN_BRABANT, id));
  }

  @Test
  @DisplayName("\"In de praktijk zijn mengvormen mogelijk.\": mengvorm agreement → dossier created → new version in"
      + " force → dossier replanned")
  void mengvormAfspraakDossierNieuweVersieHerpland() {
    String v1 = actief(afspraak("mengvorm", mengvorm(List.of("brede-intake"), false), Map.of(
        "driegesprekken", List.of(Map.of("anker", "na-koppeling", "dagen", 10)),
        "voorinburgering", Map.of("dagenTotToestemming", 7, "dagenTotStart", 7, "duurDagen", 56))));
    web.get().uri(AFSPRAKEN + "/" + v1).headers(h -> h.setBearerAuth(coordinator)).exchange()
        .expectStatus().isOk().expectBody()
        .jsonPath("$.mengvorm.voorVerhuizing[0]").isEqualTo("brede-intake")
        .jsonPath("$.mengvorm.bredeIntakeNaVoorinburgering").isEqualTo(false)
        .jsonPath("$.normen.driegesprekken[0].anker").isEqualTo("na-koppeling")
        .jsonPath("$.normen.voorinburgering.duurDagen").isEqualTo(56);

    LocalDate koppeling = VANDAAG.minusDays(3);
    LocalDate verhuizing = koppeling.plusDays(200);
    Map<String, Object> invoer = invoer(koppeling, verhuizing);
    invoer.put("voorinburgeringToestemming", true);
    Map<String, Object> dossier = maak(invoer);
    String id = (String) dossier.get("id");
    assertThat(dossier).containsEntry("scenario", "mengvorm").containsEntry("scenarioBron", "afspraak")
        .containsEntry("afspraakVersieId", v1).containsEntry("voorinburgeringToestemming", true);
    // planned by the agreement's mengvorm: brede intake before the move, PIP-advies after it
    assertThat(vervaldatum(dossier, "brede-intake")).isEqualTo(koppeling.plusDays(28));
    assertThat(vervaldatum(dossier, "pip-advies")).isEqualTo(verhuizing.plusDays(14));
    assertThat(vervaldatum(dossier, "driegesprek")).isEqualTo(koppeling.plusDays(10));
    assertThat(vervaldatum(dossier, "voorinburgering-start")).isEqualTo(koppeling.plusDays(7 + 7));
    assertThat(vervaldatum(dossier, "voorinburgering-einde")).isEqualTo(koppeling.plusDays(7 + 7 + 56));

    // version 2: the PIP-advies before the move too, and the brede intake after the voorinburgering
    String v2 = nieuweVersie(v1, afspraak("mengvorm", mengvorm(List.of("brede-intake", "pip-advies"), true),
        Map.of("driegesprekken", List.of(Map.of("anker", "na-koppeling", "dagen", 10)),
            "voorinburgering", Map.of("dagenTotToestemming", 7, "dagenTotStart", 7, "duurDagen", 56))));
    inWerking.remove(v1);
    await().atMost(RUIM).until(() -> v2.equals(lees(id).get("afspraakVersieId")));

    Map<String, Object> herpland = lees(id);
    LocalDate einde = koppeling.plusDays(7 + 7 + 56);
    assertThat(vervaldatum(herpland, "brede-intake")).isEqualTo(einde.plusDays(14));
    assertThat(vervaldatum(herpland, "pip-advies")).isEqualTo(einde.plusDays(28)).isBefore(verhuizing);
    assertThat(vervaldatum(herpland, "pip-vastgesteld")).isAfterOrEqualTo(verhuizing.plusDays(14));
    assertThat(signaalTypen(herpland)).doesNotContain("herplannen-mislukt");
  }

  @Test
  @DisplayName("\"In de praktijk zijn mengvormen mogelijk.\": a dossier that states its own mengvorm is planned by"
      + " it; one that chooses mengvorm where nothing says which steps come first is refused, saying so")
  void eenDossierMetEigenMengvormEnZonder() {
    actief(afspraak("snelle-start", null, Map.of()));
    LocalDate koppeling = VANDAAG.minusDays(3);
    LocalDate verhuizing = koppeling.plusDays(120);

    Map<String, Object> zonder = invoer(koppeling, verhuizing);
    zonder.put("gekozenScenario", "mengvorm");
    web.post().uri(DOSSIERS).headers(h -> h.setBearerAuth(gemeente)).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(zonder).exchange().expectStatus().isBadRequest()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.invalidParams[0].name").isEqualTo("mengvorm");

    Map<String, Object> metGat = new LinkedHashMap<>(zonder);
    metGat.put("mengvorm", mengvorm(List.of("pip-advies"), true));
    web.post().uri(DOSSIERS).headers(h -> h.setBearerAuth(gemeente)).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(metGat).exchange().expectStatus().isBadRequest()
        .expectBody().jsonPath("$.invalidParams[*].name").value(namen -> assertThat((List<String>) namen)
            .containsExactly("mengvorm.voorVerhuizing", "mengvorm.bredeIntakeNaVoorinburgering"));

    Map<String, Object> eigen = new LinkedHashMap<>(zonder);
    eigen.put("mengvorm", mengvorm(List.of(), false));
    Map<String, Object> dossier = maak(eigen);
    assertThat(dossier).containsEntry("scenario", "mengvorm").containsEntry("scenarioBron", "keuze");
    assertThat(dossier.get("mengvorm")).isEqualTo(mengvorm(List.of(), false));
    // everything after the move, so the driegesprek before the move too (the agreement holds both by default)
    assertThat(vervaldatum(dossier, "brede-intake")).isEqualTo(verhuizing.plusDays(14));
    assertThat(vervaldatum(dossier, "driegesprek-voor-verhuizing")).isEqualTo(verhuizing.minusDays(14));
  }

  @Test
  @DisplayName("A new agreement version replans per dossier: one it cannot plan keeps its plan with a signal, is"
      + " counted, and the others are replanned")
  void eenDossierDatNietHerplandKanWordenHoudtDeAnderenNietTegen() {
    String v1 = actief(afspraak("mengvorm", mengvorm(List.of("brede-intake", "pip-advies"), false), Map.of()));
    LocalDate koppeling = VANDAAG.minusDays(3);
    LocalDate verhuizing = koppeling.plusDays(150);
    // one follows the agreement's scenario; the other chose mengvorm and leans on the agreement's
    String volgt = (String) maak(invoer(koppeling, verhuizing)).get("id");
    Map<String, Object> gekozen = invoer(koppeling, verhuizing);
    gekozen.put("gekozenScenario", "mengvorm");
    String leunt = (String) maak(gekozen).get("id");
    double geweigerdVoor = geweigerd();

    String v2 = nieuweVersie(v1, afspraak("snelle-start", null, Map.of()));
    inWerking.remove(v1);

    await().atMost(RUIM).until(() -> v2.equals(lees(volgt).get("afspraakVersieId")));
    await().atMost(RUIM).until(() -> signaalTypen(lees(leunt)).contains("herplannen-mislukt"));
    Map<String, Object> gebleven = lees(leunt);
    assertThat(gebleven).containsEntry("afspraakVersieId", v1).containsEntry("scenario", "mengvorm");
    assertThat(vervaldatum(gebleven, "pip-advies")).as("its old plan").isBefore(verhuizing);
    assertThat(lees(volgt)).containsEntry("scenario", "snelle-start");
    assertThat(geweigerd()).isEqualTo(geweigerdVoor + 1);
    // the regio-coördinator finds it by its signal
    web.get().uri(DOSSIERS + "?signaal=herplannen-mislukt&gemeente=" + GEMEENTE)
        .headers(h -> h.setBearerAuth(coordinator)).exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.dossiers[?(@.id == '" + leunt + "')]").exists();

    // she gives the dossier a mengvorm of its own: planned by the version in force, the signal goes
    Map<String, Object> herstel = new LinkedHashMap<>(gekozen);
    herstel.put("mengvorm", mengvorm(List.of("brede-intake", "pip-advies"), false));
    String etag = web.get().uri(DOSSIERS + "/" + leunt).headers(h -> h.setBearerAuth(coordinator)).exchange()
        .expectStatus().isOk().returnResult(String.class).getResponseHeaders().getETag();
    Map<String, Object> hersteld = web.put().uri(DOSSIERS + "/" + leunt).headers(h -> {
      h.setBearerAuth(coordinator);
      h.setIfMatch(etag);
    }).contentType(MediaType.APPLICATION_JSON).bodyValue(herstel).exchange().expectStatus().isOk()
        .expectBody(MAP).returnResult().getResponseBody();
    assertThat(hersteld).containsEntry("afspraakVersieId", v2);
    assertThat(signaalTypen(hersteld)).doesNotContain("herplannen-mislukt");
  }

  // ---- helpers

  private static Map<String, Object> mengvorm(List<String> voorVerhuizing, boolean naVoorinburgering) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("omschrijving", "Mengvorm " + voorVerhuizing);
    m.put("voorVerhuizing", voorVerhuizing);
    m.put("bredeIntakeNaVoorinburgering", naVoorinburgering);
    return m;
  }

  private static Map<String, Object> afspraak(String scenario, Map<String, Object> mengvorm,
      Map<String, Object> normen) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("azc", Map.of("code", AZC, "contactpersoonId", TestContactpersonen.nieuw(AZC).toString()));
    b.put("gemeenten", List.of(Map.of("cbsCode", GEMEENTE, "contactpersoonId",
        TestContactpersonen.nieuw(AZC).toString())));
    b.put("scenario", scenario);
    if (mengvorm != null) {
      b.put("mengvorm", mengvorm);
    }
    b.put("normen", normen);
    b.put("geldigVanaf", VANDAAG.toString());
    b.put("afspraken", "Testafspraak mengvorm " + UUID.randomUUID());
    return b;
  }

  /** Creates, submits and signs the agreement: in force. */
  private String actief(Map<String, Object> body) {
    String id = (String) web.post().uri(AFSPRAKEN).headers(h -> h.setBearerAuth(coordinator))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().isCreated()
        .expectBody(MAP).returnResult().getResponseBody().get("id");
    tekenDoorIedereen(id);
    inWerking.add(id);
    return id;
  }

  /** A new version of an agreement in force, signed by every party: it replaces the old one (the outbox replans). */
  private String nieuweVersie(String id, Map<String, Object> body) {
    String etag = web.get().uri(AFSPRAKEN + "/" + id).headers(h -> h.setBearerAuth(coordinator)).exchange()
        .expectStatus().isOk().returnResult(String.class).getResponseHeaders().getETag();
    String v2 = (String) web.put().uri(AFSPRAKEN + "/" + id).headers(h -> {
      h.setBearerAuth(coordinator);
      h.setIfMatch(etag);
    }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().isCreated()
        .expectBody(MAP).returnResult().getResponseBody().get("id");
    tekenDoorIedereen(v2);
    inWerking.add(v2);
    return v2;
  }

  private void tekenDoorIedereen(String id) {
    web.post().uri(AFSPRAKEN + "/" + id + "/ter-ondertekening").headers(h -> h.setBearerAuth(coordinator))
        .exchange().expectStatus().isOk();
    web.post().uri(AFSPRAKEN + "/" + id + "/ondertekeningen").headers(h -> h.setBearerAuth(gemeente))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("partij", GEMEENTE)).exchange()
        .expectStatus().isCreated();
    web.post().uri(AFSPRAKEN + "/" + id + "/ondertekeningen").headers(h -> h.setBearerAuth(issuers.coaLiaison(AZC)))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("partij", AZC)).exchange()
        .expectStatus().isCreated().expectBody().jsonPath("$.status").isEqualTo("actief");
  }

  private static Map<String, Object> invoer(LocalDate koppeling, LocalDate verhuizing) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("gemeente", GEMEENTE);
    m.put("azcLocatie", AZC);
    m.put("koppelingsdatum", koppeling.toString());
    m.put("verwachteVerhuisdatum", verhuizing.toString());
    m.put("vasteContactpersoonId", TestContactpersonen.vanGemeente(GEMEENTE).toString());
    m.put("persoon", nl.doorlopendelijn.testsupport.TestPersonen.persoon());
    return m;
  }

  private Map<String, Object> maak(Map<String, Object> invoer) {
    return web.post().uri(DOSSIERS).headers(h -> h.setBearerAuth(gemeente)).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(invoer).exchange().expectStatus().isCreated().expectBody(MAP).returnResult().getResponseBody();
  }

  private Map<String, Object> lees(String id) {
    return web.get().uri(DOSSIERS + "/" + id).headers(h -> h.setBearerAuth(coordinator)).exchange()
        .expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();
  }

  private double geweigerd() {
    Counter c = meters.find("doorlopendelijn.dossiers.herplannen.mislukt").tag("afloop", "geweigerd").counter();
    return c == null ? 0 : c.count();
  }

  @SuppressWarnings("unchecked")
  private static LocalDate vervaldatum(Map<String, Object> dossier, String type) {
    return ((List<Map<String, Object>>) dossier.get("mijlpalen")).stream()
        .filter(m -> type.equals(m.get("type"))).findFirst()
        .map(m -> LocalDate.parse((String) m.get("vervaldatum")))
        .orElseThrow(() -> new AssertionError("geen mijlpaal " + type + " in " + dossier.get("mijlpalen")));
  }

  @SuppressWarnings("unchecked")
  private static List<String> signaalTypen(Map<String, Object> dossier) {
    return ((List<Map<String, Object>>) dossier.get("signalen")).stream().map(s -> (String) s.get("type")).toList();
  }
}
