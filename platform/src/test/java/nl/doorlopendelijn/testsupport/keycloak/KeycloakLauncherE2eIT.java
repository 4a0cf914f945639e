package nl.doorlopendelijn.testsupport.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real Keycloak with the generated realms and demo users: tokens carry what the platform relies on. Runs first
 * and starts the one Keycloak of the end-to-end run ({@link KeycloakLauncher#shared()}); {@code KeycloakUitvalE2eIT}
 * stops it last and checks that no process is left.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(1)
class KeycloakLauncherE2eIT {

    private static KeycloakLauncher keycloak;

    @BeforeAll
    static void startKeycloak() {
        long started = System.nanoTime();
        keycloak = KeycloakLauncher.shared();
        System.out.printf("Keycloak up in %d s at %s%n",
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), keycloak.baseUrl());
    }


    @Test
    @Order(1)
    void tilburgseMedewerkerKrijgtTokenMetGemeenteclaim() {
        var token = claims(keycloak.passwordGrant("hart-van-brabant", "tilburg-medewerker", DemoUsers.PASSWORD));

        assertThat(token.path("iss").asString()).isEqualTo(keycloak.baseUrl() + "/realms/hart-van-brabant");
        assertThat(strings(token.path("realm_access").path("roles"))).contains("gemeente-medewerker");
        assertThat(token.path("gemeente").asString()).isEqualTo("GM0855");
        assertThat(audience(token)).contains("doorlopende-lijn");
        assertThat(token.path("exp").asLong() - token.path("iat").asLong()).isEqualTo(300);
    }

    @Test
    @Order(2)
    void coaLiaisonKrijgtTokenMetAzcClaim() {
        var token = claims(keycloak.passwordGrant("coa", "coa-oisterwijk", DemoUsers.PASSWORD));

        assertThat(token.path("iss").asString()).isEqualTo(keycloak.issuer("coa"));
        assertThat(strings(token.path("realm_access").path("roles"))).contains("coa-liaison");
        assertThat(token.path("azc").asString()).isEqualTo("AZC-OISTERWIJK");
        assertThat(token.has("gemeente")).isFalse();
        assertThat(audience(token)).contains("doorlopende-lijn");
    }

    @Test
    @Order(3)
    void vernieuwdTokenHoortBijDezelfdeMedewerker() {
        var tokens = keycloak.passwordGrantTokens("noordoost-brabant", "oss-medewerker", DemoUsers.PASSWORD);

        var refreshed = keycloak.refresh("noordoost-brabant", tokens.refreshToken());

        var claims = claims(refreshed.accessToken());
        assertThat(claims.path("preferred_username").asString()).isEqualTo("oss-medewerker");
        assertThat(claims.path("gemeente").asString()).isEqualTo("GM0828");
        assertThat(claims.path("iss").asString()).isEqualTo(keycloak.issuer("noordoost-brabant"));
    }

    @Test
    @Order(4)
    void elkeRealmHeeftEenDemogebruikerMetZijnRol() {
        assertThat(keycloak.realms())
                .containsExactly("hart-van-brabant", "noordoost-brabant", "coa", "platform");
        var operator = claims(keycloak.passwordGrant("platform", "operator", DemoUsers.PASSWORD));
        assertThat(strings(operator.path("realm_access").path("roles"))).contains("platform-operator");
        var viewer = claims(keycloak.passwordGrant("hart-van-brabant", "hvb-viewer", DemoUsers.PASSWORD));
        assertThat(strings(viewer.path("realm_access").path("roles")))
                .contains("dashboard-viewer").doesNotContain("gemeente-medewerker", "regio-coordinator");
    }


    private static JsonNode claims(String jwt) {
        var payload = jwt.split("\\.")[1];
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    private static List<String> audience(JsonNode token) {
        var aud = token.path("aud");
        return aud.isArray() ? strings(aud) : List.of(aud.asString());
    }

    private static List<String> strings(JsonNode array) {
        var values = new ArrayList<String>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static final JsonMapper JSON = new JsonMapper();
}
