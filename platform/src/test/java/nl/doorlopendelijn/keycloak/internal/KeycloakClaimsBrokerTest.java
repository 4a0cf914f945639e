package nl.doorlopendelijn.keycloak.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.identity.Role;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.TenantDescriptor;
import nl.doorlopendelijn.tenancy.TenantDescriptor.Gemeente;
import nl.doorlopendelijn.tenancy.TenantDescriptor.Identiteitsaanbieder;
import org.junit.jupiter.api.Test;

/**
 * Login through a gemeente's own identity provider (issue 17), the platform's side: whatever {@code gemeente} and
 * roles a brokered user's token carries, the caller belongs to the provider's gemeente and is at most a
 * gemeente-medewerker; a provider the descriptor does not name gives nothing. Enumerates every set of roles a
 * token can carry × every kind of gemeente claim × every kind of broker claim, against the rule as written in
 * {@link KeycloakClaims}' Javadoc (the expected value below is that rule, not the code's).
 */
class KeycloakClaimsBrokerTest {

  static final String TILBURG = "GM0855";
  static final String DONGEN = "GM0766";
  static final String OSS = "GM0828"; // Noordoost-Brabant: not of this region

  /** Tilburg's own provider; Dongen has none. */
  static final Identiteitsaanbieder TILBURG_IDP = new Identiteitsaanbieder("gemeente-tilburg", "Inloggen met Tilburg",
      TILBURG, "https://login.tilburg.example.org", "doorlopende-lijn", "DOORLOPENDE_LIJN_IDP_TILBURG");

  static final Region REGIO = new Region(Region.idFor("hart-van-brabant"), "hart-van-brabant", "Hart van Brabant",
      "https://kc.example.org/realms/hart-van-brabant", "descriptor", "actief",
      new TenantDescriptor("hart-van-brabant", "Hart van Brabant", "{keycloak}/realms/hart-van-brabant",
          List.of(new Gemeente(TILBURG, "Tilburg"), new Gemeente(DONGEN, "Dongen")),
          List.of("AZC-OISTERWIJK"), "AZC-OISTERWIJK",
          new TenantDescriptor.Normen(7, new TenantDescriptor.Driegesprek("na-koppeling", 14), 14, 10, 60),
          null, null, null, List.of(TILBURG_IDP)));

  static final Set<Role> REGIO_ROLLEN =
      EnumSet.of(Role.REGIO_COORDINATOR, Role.GEMEENTE_MEDEWERKER, Role.TEKENBEVOEGD, Role.DASHBOARD_VIEWER);

  /** The gemeente claims a token can carry: none, the region's own (unbound), the bound one, another region's. */
  static final List<String> GEMEENTE_CLAIMS = java.util.Arrays.asList(null, DONGEN, TILBURG, OSS, "GM99");

  enum Broker {
    GEEN(null), GEBONDEN("gemeente-tilburg"), ONBEKEND("google"), VAN_ANDERE_REGIO("gemeente-oss"),
    LEEG(" "), MEERDERE(List.of("gemeente-tilburg", "google"));

    final Object claim;

    Broker(Object claim) {
      this.claim = claim;
    }
  }

  @Test
  void eenGebrokerdeGebruikerHoortBijDeGemeenteVanDeAanbiederEnIsHoogstensGemeenteMedewerker() {
    List<String> fouten = new ArrayList<>();
    int gevallen = 0;
    for (Set<Role> rollen : alleDeelverzamelingen()) {
      for (String gemeenteClaim : GEMEENTE_CLAIMS) {
        for (Broker broker : Broker.values()) {
          Map<String, Object> claims = new LinkedHashMap<>();
          claims.put("realm_access", Map.of("roles", rollen.stream().map(Role::roleName).toList()));
          if (gemeenteClaim != null) {
            claims.put("gemeente", gemeenteClaim);
          }
          if (broker.claim != null) {
            claims.put("identity_provider", broker.claim);
          }
          Caller caller = KeycloakClaims.regionCaller(REGIO, REGIO.issuer(), "sub-1", claims);

          Set<Role> verwachteRollen = EnumSet.noneOf(Role.class);
          String verwachteGemeente;
          switch (broker) {
            case GEEN -> {
              rollen.stream().filter(REGIO_ROLLEN::contains).forEach(verwachteRollen::add);
              verwachteGemeente = TILBURG.equals(gemeenteClaim) || DONGEN.equals(gemeenteClaim) ? gemeenteClaim : null;
            }
            case GEBONDEN -> {
              if (rollen.contains(Role.GEMEENTE_MEDEWERKER)) {
                verwachteRollen.add(Role.GEMEENTE_MEDEWERKER);
              }
              verwachteGemeente = TILBURG;
            }
            default -> verwachteGemeente = null;
          }
          gevallen++;
          if (!caller.roles().equals(verwachteRollen) || !java.util.Objects.equals(caller.gemeenteCode(),
              verwachteGemeente)) {
            fouten.add("rollen " + rollen + ", gemeente " + gemeenteClaim + ", broker " + broker + ": kreeg "
                + caller.roles() + " / " + caller.gemeenteCode() + ", verwacht " + verwachteRollen + " / "
                + verwachteGemeente);
          }
        }
      }
    }
    assertThat(gevallen).isEqualTo((1 << Role.values().length) * GEMEENTE_CLAIMS.size() * Broker.values().length);
    assertThat(fouten).isEmpty();
  }

  @Test
  void deVervalsteCoordinatorUitDeIssueKrijgtAlleenGemeenteMedewerkerVanTilburg() {
    Caller caller = KeycloakClaims.regionCaller(REGIO, REGIO.issuer(), "sub-1", Map.of(
        "realm_access", Map.of("roles", List.of("regio-coordinator", "gemeente-medewerker", "tekenbevoegd")),
        "gemeente", DONGEN,
        "identity_provider", "gemeente-tilburg"));
    assertThat(caller.roles()).containsExactly(Role.GEMEENTE_MEDEWERKER);
    assertThat(caller.gemeenteCode()).isEqualTo(TILBURG);
    assertThat(caller.tenantId()).isEqualTo(REGIO.id());
  }

  /** Every set of the platform's roles, the empty one and those a region realm may never grant included. */
  private static List<Set<Role>> alleDeelverzamelingen() {
    Role[] alle = Role.values();
    List<Set<Role>> sets = new ArrayList<>();
    for (int mask = 0; mask < 1 << alle.length; mask++) {
      Set<Role> set = EnumSet.noneOf(Role.class);
      for (int i = 0; i < alle.length; i++) {
        if ((mask & 1 << i) != 0) {
          set.add(alle[i]);
        }
      }
      sets.add(set);
    }
    return sets;
  }
}
