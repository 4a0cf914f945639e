package nl.doorlopendelijn.webui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.SseOpname;
import nl.doorlopendelijn.testsupport.Wachten;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The page's live dashboard (proxied from the API with the session's token) ends when its user logs out (issue
 * 19): the stream does not outlive the session until its token expires. Figure in docs/operations.md.
 */
@PlatformTest
class StroomNaUitloggenTest {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @Autowired
  WebTestClient web;
  @LocalServerPort
  int poort;

  @Test
  void hetLiveDashboardVanDePaginaEindigtBijUitloggen() {
    PaginaSessie sessie = PaginaSessie.inloggen(web, "hart-van-brabant",
        "coordinator-uitlog-" + UUID.randomUUID().toString().substring(0, 8), List.of("regio-coordinator"),
        Map.of());
    String pagina = sessie.html("/regio/hart-van-brabant/dashboard", 200);
    Matcher csrf = CSRF.matcher(pagina);
    assertThat(csrf.find()).as("the logout form's CSRF token").isTrue();
    try (SseOpname stroom = SseOpname.open(poort, "/regio/hart-van-brabant/dashboard/stream",
        h -> h.set(HttpHeaders.COOKIE, sessie.cookie()))) {
      assertThat(Wachten.tot(Duration.ofSeconds(10), () -> stroom.laatste("dashboard") != null))
          .as("the page's stream shows the dashboard").isTrue();
      long verzoek = System.nanoTime();
      web.post().uri("/logout").header(HttpHeaders.COOKIE, sessie.cookie()).accept(MediaType.TEXT_HTML)
          .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData("_csrf", csrf.group(1)))
          .exchange().expectStatus().is3xxRedirection();
      assertThat(stroom.wachtOpEinde(Duration.ofSeconds(10))).as("the stream ended with the session").isTrue();
      System.out.printf("GEMETEN paginastroom eindigt %d ms na het uitlogverzoek%n",
          (stroom.eindeNanos() - verzoek) / 1_000_000);
    }
  }
}
