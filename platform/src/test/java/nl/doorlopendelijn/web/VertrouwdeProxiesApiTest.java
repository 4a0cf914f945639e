package nl.doorlopendelijn.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestDatabase;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Behind a TLS-terminating proxy (the tests' client is named as one, PlatformTestInitializer): the session cookie is
 * Secure when the proxy says https and only then, the login's redirect URI is the public one, and the audit records
 * the client's address, not the proxy's nor one the client made up.
 */
@PlatformTest
class VertrouwdeProxiesApiTest {

  @Autowired
  WebTestClient web;

  @Test
  void achterDeProxyIsHetSessiekoekjeSecureEnDeTerugkeerHttps() {
    var viaHttps = web.get().uri("/oauth2/authorization/hart-van-brabant")
        .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "doorlopendelijn.example")
        .header("X-Forwarded-Port", "443")
        .exchange().expectStatus().is3xxRedirection().returnResult(Void.class);
    assertThat(viaHttps.getResponseHeaders().get(HttpHeaders.SET_COOKIE)).anySatisfy(c ->
        assertThat(c).startsWith("DL_SESSIE=").contains("; Secure").containsIgnoringCase("HttpOnly")
            .contains("SameSite=Lax"));
    assertThat(viaHttps.getResponseHeaders().getLocation().toString())
        .contains("redirect_uri=https://doorlopendelijn.example/login/oauth2/code/hart-van-brabant");

    var direct = web.get().uri("/oauth2/authorization/hart-van-brabant")
        .exchange().expectStatus().is3xxRedirection().returnResult(Void.class);
    assertThat(direct.getResponseHeaders().get(HttpHeaders.SET_COOKIE)).anySatisfy(c ->
        assertThat(c).startsWith("DL_SESSIE=").doesNotContain("Secure"));
  }

  @Test
  void deAuditNoteertHetAdresVanDeClientVoorDeProxy() throws Exception {
    String trace = UUID.randomUUID().toString().replace("-", "");
    web.get().uri("/api/v1/regios/hart-van-brabant/dossiers")
        .headers(h -> {
          h.setBearerAuth(TestIssuers.shared().regioCoordinator(TestIssuers.HART_VAN_BRABANT));
          h.set("traceparent", "00-" + trace + "-00f067aa0ba902b7-01");
          h.set("X-Forwarded-For", "6.6.6.6, 203.0.113.7");
          h.set("X-Forwarded-Proto", "https");
        })
        .exchange().expectStatus().isOk();

    try (var c = TestDatabase.shared().connectAsOwner();
        var ps = c.prepareStatement("select distinct herkomst from audit_record where trace_id = ?")) {
      ps.setString(1, trace);
      try (var rs = ps.executeQuery()) {
        assertThat(rs.next()).as("audited").isTrue();
        assertThat(rs.getString(1)).isEqualTo("203.0.113.7");
        assertThat(rs.next()).isFalse();
      }
    }
  }
}
