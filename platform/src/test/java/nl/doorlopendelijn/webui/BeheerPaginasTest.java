package nl.doorlopendelijn.webui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.doorlopendelijn.testsupport.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The platform operator's pages without a browser (real OIDC login against the test issuer of realm
 * {@code platform}): she lands on the regions, the onboarding form shows the API's errors at its fields, the
 * regions as code cannot be changed here, a purge needs the region's name typed, and nobody else gets in. The
 * browser flow with the real Keycloak is {@code BeheerE2eIT}.
 */
@PlatformTest
class BeheerPaginasTest {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @Autowired
  WebTestClient web;

  private PaginaSessie operator() {
    return PaginaSessie.inloggen(web, "platform", "operator-" + UUID.randomUUID().toString().substring(0, 8),
        List.of("platform-operator"), Map.of());
  }

  @Test
  void deBeheerderKomtNaHetInloggenOpDeRegios() {
    var operator = operator();
    String regios = operator.html("/beheer", 200);
    assertThat(regios).contains("<h1>Regio's</h1>", "Hart van Brabant", "Noordoost-Brabant",
        "Vastgelegd in de configuratie (tenants/)", "href=\"/beheer/regios/nieuw\"", "aria-label=\"Hoofdmenu\"")
        .doesNotContain(">actief<", ">descriptor<");
    String hvb = operator.html("/beheer/regios/hart-van-brabant", 200);
    assertThat(hvb).contains("Tilburg", "Driegesprek binnen 14 dagen na de koppeling", "wordt daar\n    beheerd")
        .doesNotContain("/deactiveren\"", "/verwijderen\"");
  }

  @Test
  void hetAanmeldformulierToontDeFoutenVanDeApiBijDeVelden() {
    var operator = operator();
    String formulier = operator.html("/beheer/regios/nieuw", 200);
    assertThat(formulier).contains("for=\"veld-slug\"", "for=\"veld-gemeenten\"", "for=\"veld-email\"",
        "value=\"14\"");
    String fouten = post(operator, "/beheer/regios", csrf(formulier), Map.ofEntries(
            Map.entry("naam", ""), Map.entry("slug", "Niet Kebab"), Map.entry("gemeenten", "GM12 Ergens"),
            Map.entry("azcLocaties", ""), Map.entry("dagenTotKennismaking", "7"),
            Map.entry("driegesprekAnker", "na-koppeling"), Map.entry("driegesprekDagen", "14"),
            Map.entry("klantprofielDagen", "14"), Map.entry("voornaam", "Anna"), Map.entry("achternaam", "de Vries"),
            Map.entry("email", "anna@example.org")))
        .expectStatus().isBadRequest().expectBody(String.class).returnResult().getResponseBody();
    assertThat(fouten).contains("Er is een probleem", "id=\"fout-slug\"", "id=\"fout-naam\"", "id=\"fout-gemeenten\"",
        "Regel 1: moet een CBS-code zijn", "id=\"fout-azcLocaties\"", "value=\"anna@example.org\"",
        "aria-invalid=\"true\"");
  }

  @Test
  void eenRegioAlsCodeKanHierNietWordenAfgemeld() {
    var operator = operator();
    for (String stap : List.of("deactiveren", "verwijderen")) {
      assertThat(operator.html("/beheer/regios/hart-van-brabant/" + stap, 409))
          .contains("wordt daar beheerd").doesNotContain("Typ de naam");
    }
    String regio = operator.html("/beheer/regios/hart-van-brabant", 200);
    // a POST anyway (no confirmation page offered it): the API refuses a region as code, shown as a Dutch page
    post(operator, "/beheer/regios/hart-van-brabant/verwijderen", csrf(regio), Map.of("bevestiging",
        "Hart van Brabant")).expectStatus().isEqualTo(409);
    post(operator, "/beheer/regios/hart-van-brabant/verwijderen", csrf(regio), Map.of("bevestiging", "Hart van"))
        .expectStatus().isEqualTo(409);
  }

  @Test
  void eenCoordinatorKrijgtDeBeheerpaginasNiet() {
    var coordinator = PaginaSessie.inloggen(web, "hart-van-brabant", "hvb-" + UUID.randomUUID(),
        List.of("regio-coordinator"), Map.of());
    assertThat(coordinator.html("/beheer", 403)).contains("alleen voor platformbeheerders");
    coordinator.html("/beheer/regios/nieuw", 403);
    coordinator.html("/beheer/regios/hart-van-brabant", 403);
  }

  @Test
  void eenOnbekendeInlogomgevingGaatTerugNaarInloggen() {
    web.get().uri("/oauth2/authorization/bestaat-niet").exchange()
        .expectStatus().is3xxRedirection().expectHeader().location("/inloggen?onbekend");
    String html = web.get().uri("/inloggen?onbekend").exchange().expectStatus().isOk()
        .expectBody(String.class).returnResult().getResponseBody();
    assertThat(html).contains("Deze inlogomgeving bestaat niet", "/oauth2/authorization/platform", "Platformbeheer");
    web.get().uri("/oauth2/authorization/platform").exchange().expectStatus().is3xxRedirection()
        .expectHeader().value("Location", l -> assertThat(l).contains("/login/oauth2/code/platform",
            "ui_locales=nl", "code_challenge="));
  }

  private WebTestClient.ResponseSpec post(PaginaSessie sessie, String pad, String csrf, Map<String, String> velden) {
    var form = BodyInserters.fromFormData("_csrf", csrf);
    velden.forEach(form::with);
    return web.post().uri(pad).accept(MediaType.TEXT_HTML).header(HttpHeaders.COOKIE, sessie.cookie())
        .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).exchange();
  }

  private static String csrf(String html) {
    Matcher m = CSRF.matcher(html);
    assertThat(m.find()).as("a form with its CSRF token").isTrue();
    return m.group(1);
  }
}
