package nl.doorlopendelijn.keycloak.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

class RealmFactoryTest {

    private final RealmFactory factory = new RealmFactory("https://dl.example.org/", "test-secret");
    private final RegionRealmSpec hartVanBrabant =
            new RegionRealmSpec("hart-van-brabant", "Hart van Brabant", List.of("GM0855", "GM0766"));

    @Test
    void regiorealmHeeftDeRollenVanDeRegio() {
        var realm = factory.regionRealm(hartVanBrabant);

        assertThat(realm.getRealm()).isEqualTo("hart-van-brabant");
        assertThat(realm.getDisplayName()).isEqualTo("Hart van Brabant");
        assertThat(roleNames(realm)).containsExactly("regio-coordinator", "gemeente-medewerker", "tekenbevoegd",
                "dashboard-viewer");
        assertThat(realm.getSslRequired()).isEqualTo("external");
        assertThat(realm.isBruteForceProtected()).isTrue();
        assertThat(realm.isRegistrationAllowed()).isFalse();
        assertThat(realm.getAccessTokenLifespan()).isEqualTo(300);
        assertThat(realm.getUsers()).isNull();
    }

    @Test
    void gebruikersprofielStaatAlleenGemeentenVanDeRegioToe() {
        var component = factory.regionRealm(hartVanBrabant).getComponents()
                .getFirst("org.keycloak.userprofile.UserProfileProvider");
        var profile = component.getConfig().getFirst("kc.user.profile.config");

        assertThat(component.getProviderId()).isEqualTo("declarative-user-profile");
        assertThat(profile).contains("\"name\":\"gemeente\"")
                .contains("\"options\":{\"options\":[\"GM0855\",\"GM0766\"]}")
                .contains("\"name\":\"username\"", "\"name\":\"email\"");
    }

    @Test
    void webclientIsVertrouwelijkMetPkceEnRedirectPerRealm() {
        var web = client(factory.regionRealm(hartVanBrabant), RealmFactory.WEB_CLIENT_ID);

        assertThat(web.isPublicClient()).isFalse();
        assertThat(web.getSecret()).isEqualTo("test-secret");
        assertThat(web.isStandardFlowEnabled()).isTrue();
        assertThat(web.isDirectAccessGrantsEnabled()).isFalse();
        assertThat(web.getAttributes()).containsEntry("pkce.code.challenge.method", "S256");
        assertThat(web.getRedirectUris())
                .containsExactly("https://dl.example.org/login/oauth2/code/hart-van-brabant");
    }

    @Test
    void elkeClientZetDoorlopendeLijnInDeAudienceEnDeGemeenteInHetToken() {
        for (var client : factory.regionRealm(hartVanBrabant).getClients()) {
            var mappers = client.getProtocolMappers();
            assertThat(mappers).anySatisfy(m -> {
                assertThat(m.getProtocolMapper()).isEqualTo("oidc-audience-mapper");
                assertThat(m.getConfig()).containsEntry("included.custom.audience", "doorlopende-lijn")
                        .containsEntry("access.token.claim", "true");
            });
            assertThat(mappers).anySatisfy(m -> {
                assertThat(m.getProtocolMapper()).isEqualTo("oidc-usermodel-attribute-mapper");
                assertThat(m.getConfig()).containsEntry("user.attribute", "gemeente")
                        .containsEntry("claim.name", "gemeente").containsEntry("id.token.claim", "true");
            });
        }
        var api = client(factory.regionRealm(hartVanBrabant), RealmFactory.API_CLIENT_ID);
        assertThat(api.isPublicClient()).isTrue();
        assertThat(api.isDirectAccessGrantsEnabled()).isTrue();
    }

    @Test
    void coaRealmKentDeLiaisonEnHetAzc() {
        var coa = factory.coaRealm();

        assertThat(roleNames(coa)).containsExactly("coa-liaison");
        assertThat(coa.getComponents().getFirst("org.keycloak.userprofile.UserProfileProvider").getConfig()
                .getFirst("kc.user.profile.config")).contains("\"name\":\"azc\"");
        assertThat(client(coa, RealmFactory.API_CLIENT_ID).getProtocolMappers())
                .anySatisfy(m -> assertThat(m.getConfig()).containsEntry("claim.name", "azc"));
    }

    @Test
    void platformRealmKentAlleenDeOperator() {
        assertThat(roleNames(factory.platformRealm())).containsExactly("platform-operator");
    }

    @Test
    void demogebruikerIsVolledigIngericht() {
        var spec = new RealmUserSpec("tilburg-medewerker", "Sanne", "de Wit", "sanne@tilburg.example.org",
                RealmRoles.GEMEENTE_MEDEWERKER, Map.of("gemeente", "GM0855"));

        var user = RealmFactory.user(spec, "demo");

        assertThat(user.isEmailVerified()).isTrue();
        assertThat(user.getRequiredActions()).isEmpty();
        assertThat(user.getRealmRoles()).containsExactly("gemeente-medewerker");
        assertThat(user.getAttributes()).containsEntry("gemeente", List.of("GM0855"));
        assertThat(user.getCredentials()).singleElement().satisfies(c -> assertThat(c.isTemporary()).isFalse());
    }

    @Test
    void realmbestandIsStabielEnLeesbaar() {
        var json = RealmJson.pretty(factory.regionRealm(hartVanBrabant));

        assertThat(RealmJson.pretty(factory.regionRealm(hartVanBrabant))).isEqualTo(json);
        assertThat(RealmJson.read(json).getRealm()).isEqualTo("hart-van-brabant");
    }

    @Test
    void ongeldigeRegioWordtGeweigerd() {
        assertThatThrownBy(() -> new RegionRealmSpec("coa", "COA", List.of("GM0855")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RegionRealmSpec("regio", "Regio", List.of("0855")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private final IdentityProviderSpec tilburg = new IdentityProviderSpec("gemeente-tilburg", "Inloggen met Tilburg",
            "GM0855", "https://login.tilburg.example.org/", "doorlopende-lijn", "s3cret");

    @Test
    void eenGebrokerdeAanbiederZetAlleenDeVasteGemeenteEnRolBijElkeLogin() {
        var mappers = RealmFactory.identityProviderMappers(tilburg);

        // exactly two, both hard-coded: no mapper of any type reads a claim of the provider's tokens
        assertThat(mappers).extracting(m -> m.getIdentityProviderMapper())
                .containsExactly("hardcoded-attribute-idp-mapper", "oidc-hardcoded-role-idp-mapper");
        assertThat(mappers).allSatisfy(m -> {
            assertThat(m.getIdentityProviderAlias()).isEqualTo("gemeente-tilburg");
            assertThat(m.getConfig()).containsEntry("syncMode", "FORCE").doesNotContainKey("claim");
        });
        assertThat(mappers.get(0).getConfig()).containsEntry("attribute", "gemeente")
                .containsEntry("attribute.value", "GM0855");
        assertThat(mappers.get(1).getConfig()).containsEntry("role", RealmRoles.GEMEENTE_MEDEWERKER);
    }

    @Test
    void eenGebrokerdeAanbiederMaaktDeGebruikerAanZonderVragenEnBewaartGeenTokens() {
        var idp = factory.identityProvider(tilburg, Map.of(
                "authorizationUrl", "https://login.tilburg.example.org/auth",
                "tokenUrl", "https://login.tilburg.example.org/token",
                "jwksUrl", "https://login.tilburg.example.org/jwks",
                "somethingElse", "ignored"));

        assertThat(idp.getAlias()).isEqualTo("gemeente-tilburg");
        assertThat(idp.getProviderId()).isEqualTo("oidc");
        assertThat(idp.isEnabled()).isTrue();
        // an address alone never links the provider's user to an existing account (the coördinator's, say)
        assertThat(idp.isTrustEmail()).isFalse();
        assertThat(idp.isStoreToken()).isFalse();
        assertThat(idp.getFirstBrokerLoginFlowAlias()).isEqualTo("first broker login");
        assertThat(idp.getConfig()).containsEntry("issuer", "https://login.tilburg.example.org")
                .containsEntry("clientId", "doorlopende-lijn").containsEntry("clientSecret", "s3cret")
                .containsEntry("tokenUrl", "https://login.tilburg.example.org/token")
                .containsEntry("validateSignature", "true").containsEntry("syncMode", "FORCE")
                .doesNotContainKey("somethingElse");
        assertThat(tilburg.toString()).doesNotContain("s3cret");

        var zonderGeheim = new IdentityProviderSpec("gemeente-tilburg", "Tilburg", "GM0855",
                "https://login.tilburg.example.org", "doorlopende-lijn", null);
        assertThat(factory.identityProvider(zonderGeheim, Map.of()).isEnabled()).isFalse();
    }

    @Test
    void alleenDeClientsVanEenRegiorealmNoemenDeAanbiederInHetToken() {
        for (var client : factory.regionRealm(hartVanBrabant).getClients()) {
            assertThat(client.getProtocolMappers()).as(client.getClientId()).anySatisfy(m -> {
                assertThat(m.getProtocolMapper()).isEqualTo("oidc-usersessionmodel-note-mapper");
                assertThat(m.getConfig()).containsEntry("user.session.note", "identity_provider")
                        .containsEntry("claim.name", "identity_provider").containsEntry("access.token.claim", "true");
            });
        }
        for (var realm : List.of(factory.coaRealm(), factory.platformRealm())) {
            assertThat(realm.getClients()).flatExtracting(ClientRepresentation::getProtocolMappers)
                    .noneSatisfy(m -> assertThat(m.getName()).isEqualTo("identity_provider"));
        }
    }

    private static List<String> roleNames(RealmRepresentation realm) {
        return realm.getRoles().getRealm().stream().map(RoleRepresentation::getName).toList();
    }

    private static ClientRepresentation client(RealmRepresentation realm, String clientId) {
        return realm.getClients().stream().filter(c -> c.getClientId().equals(clientId)).findFirst().orElseThrow();
    }
}
