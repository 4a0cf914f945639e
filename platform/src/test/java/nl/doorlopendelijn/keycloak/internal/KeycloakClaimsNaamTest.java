package nl.doorlopendelijn.keycloak.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.doorlopendelijn.identity.Caller;
import org.junit.jupiter.api.Test;

/**
 * People as names (issue 14): the display name of a token's user, as Keycloak gives it (the profile scope's
 * {@code name}, else first and last name, else the username); never in the caller's toString (callers may be
 * logged), and the audit name stays the pseudonymous subject.
 */
class KeycloakClaimsNaamTest {

  @Test
  void deNaamKomtUitNameAndersVoorEnAchternaamAndersDeGebruikersnaam() {
    assertThat(KeycloakClaims.naam(claims("name", "Sanne de Wit", "given_name", "S", "family_name", "W",
        "preferred_username", "tilburg-medewerker"))).isEqualTo("Sanne de Wit");
    assertThat(KeycloakClaims.naam(claims("given_name", "Sanne", "family_name", "de Wit",
        "preferred_username", "tilburg-medewerker"))).isEqualTo("Sanne de Wit");
    assertThat(KeycloakClaims.naam(claims("family_name", "de Wit"))).isEqualTo("de Wit");
    assertThat(KeycloakClaims.naam(claims("name", " ", "preferred_username", "tilburg-medewerker")))
        .isEqualTo("tilburg-medewerker");
    assertThat(KeycloakClaims.naam(claims())).isNull();
    assertThat(KeycloakClaims.naam(claims("name", List.of("Sanne de Wit")))).isEqualTo("Sanne de Wit");
    assertThat(KeycloakClaims.naam(claims("name", 42))).isNull();
  }

  @Test
  void eenNaamIsBegrensdEnZonderBesturingstekens() {
    assertThat(KeycloakClaims.naam(claims("name", "Sanne\nde\tWit"))).isEqualTo("Sanne de Wit");
    assertThat(KeycloakClaims.naam(claims("name", "x".repeat(500)))).hasSize(KeycloakClaims.MAX_NAAM);
  }

  @Test
  void deNaamStaatNietInToStringEnNietInDeAuditnaam() {
    Caller c = KeycloakClaims.coaCaller("https://idp/coa", "b81be20b-0000-4000-8000-000000000001",
        Map.of("name", "Fatima El Amrani", "azc", "AZC-OISTERWIJK"));
    assertThat(c.naam()).isEqualTo("Fatima El Amrani");
    assertThat(c.auditName()).isEqualTo("b81be20b-0000-4000-8000-000000000001");
    assertThat(c.toString()).doesNotContain("Fatima").contains("AZC-OISTERWIJK");
    assertThat(KeycloakClaims.platformCaller("https://idp/platform", "op", Map.of()).naam()).isNull();
  }

  private static Map<String, Object> claims(Object... paren) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < paren.length; i += 2) {
      m.put((String) paren[i], paren[i + 1]);
    }
    return m;
  }
}
