package nl.doorlopendelijn.keycloak.provisioning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ComponentExportRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.IdentityProviderMapperRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.RolesRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Builds the Keycloak realms of Doorlopende Lijn: one per region (realm name = tenant slug), {@code coa} and
 * {@code platform}. The same representations feed the committed realm files, the test Keycloak and the realms of
 * onboarded regions (through the admin client, {@code KeycloakAdminRegionRealms}), so what a realm looks like is
 * decided here only.
 * <p>
 * Realms come without users; {@link #withUsers} adds them (demo and tests only).
 */
public final class RealmFactory {

    public static final String DEFAULT_PLATFORM_BASE_URL = "http://localhost:8080";
    public static final String COA_REALM = "coa";
    public static final String PLATFORM_REALM = "platform";
    /** The platform's audience: every client puts it into the access token's {@code aud}. */
    public static final String AUDIENCE = "doorlopende-lijn";
    /** Confidential client for the platform's own browser login (tokens stay on the server). */
    public static final String WEB_CLIENT_ID = "doorlopende-lijn-web";
    /** Public client with the password grant, for API clients and tests. */
    public static final String API_CLIENT_ID = "doorlopende-lijn-api";
    public static final String GEMEENTE_ATTRIBUTE = "gemeente";
    public static final String AZC_ATTRIBUTE = "azc";

    /**
     * The access token claim (and user session note) that names the identity provider a brokered user came through;
     * absent for a user who logged in with the realm's own password. The platform binds the caller to that
     * provider's gemeente and role ({@code KeycloakClaims}), whatever else the token says.
     */
    public static final String IDENTITY_PROVIDER_CLAIM = "identity_provider";
    /** Keycloak's first-broker-login flow: creates the user from the provider's profile (no questions when it is complete). */
    public static final String FIRST_BROKER_LOGIN_FLOW = "first broker login";
    /** The provider's claims that become the user's profile; nothing else of its tokens is imported. */
    static final String BROKER_SCOPES = "openid profile email";
    /** Of a discovery document (as Keycloak's {@code import-config} returns it), only these endpoints are taken over. */
    static final List<String> DISCOVERED_ENDPOINTS =
            List.of("authorizationUrl", "tokenUrl", "jwksUrl", "userInfoUrl", "logoutUrl");

    /** The login theme of every realm ({@code infra/keycloak/themes/doorlopende-lijn}): the platform's look, Dutch. */
    public static final String LOGIN_THEME = "doorlopende-lijn";

    public static final String BASE_URL_PLACEHOLDER = "${DOORLOPENDE_LIJN_BASE_URL}";
    public static final String WEB_CLIENT_SECRET_PLACEHOLDER = "${DOORLOPENDE_LIJN_WEB_CLIENT_SECRET}";

    static final int ACCESS_TOKEN_LIFESPAN_SECONDS = 5 * 60;

    private final String platformBaseUrl;
    private final String webClientSecret;

    /**
     * @param platformBaseUrl base URL of the platform, for the web client's redirect URIs (no trailing slash)
     * @param webClientSecret secret of {@value #WEB_CLIENT_ID}; for realm files a {@code ${ENV_VAR}} placeholder
     *                        that Keycloak resolves at import
     */
    public RealmFactory(String platformBaseUrl, String webClientSecret) {
        this.platformBaseUrl = stripTrailingSlash(Objects.requireNonNull(platformBaseUrl, "platformBaseUrl"));
        this.webClientSecret = Objects.requireNonNull(webClientSecret, "webClientSecret");
        if (webClientSecret.isBlank()) {
            throw new IllegalArgumentException("webClientSecret must not be blank");
        }
    }

    /**
     * A factory for the committed realm files: base URL and web client secret are {@code ${...}} placeholders that
     * Keycloak fills from its environment when it imports the files at start-up ({@code --import-realm}).
     */
    public static RealmFactory forRealmFiles() {
        return new RealmFactory(BASE_URL_PLACEHOLDER, WEB_CLIENT_SECRET_PLACEHOLDER);
    }

    /** A factory for a platform running on {@value #DEFAULT_PLATFORM_BASE_URL}. */
    public static RealmFactory forLocalPlatform(String webClientSecret) {
        return new RealmFactory(DEFAULT_PLATFORM_BASE_URL, webClientSecret);
    }

    public RealmRepresentation regionRealm(RegionRealmSpec region) {
        var realm = baseRealm(region.slug(), region.displayName());
        realm.setRoles(roles(
                role(RealmRoles.REGIO_COORDINATOR, "Regio-coördinator: alles van de regio"),
                role(RealmRoles.GEMEENTE_MEDEWERKER, "Medewerker of klantregisseur van een gemeente"),
                role(RealmRoles.TEKENBEVOEGD, "Tekenbevoegd voor de eigen gemeente: ondertekent samenwerkingsafspraken"
                        + " of verleent de regio-coördinator mandaat"),
                role(RealmRoles.DASHBOARD_VIEWER, "Bestuurder of beleidsmedewerker: alleen geaggregeerde cijfers")));
        var gemeente = UserProfiles.attribute(GEMEENTE_ATTRIBUTE, "Gemeente (CBS-code)",
                Map.of("options", Map.of("options", region.gemeenteCodes())));
        realm.setComponents(UserProfiles.component(gemeente));
        realm.setClients(clients(region.slug(), GEMEENTE_ATTRIBUTE, true));
        return realm;
    }

    public RealmRepresentation coaRealm() {
        var realm = baseRealm(COA_REALM, "COA");
        realm.setRoles(roles(role(RealmRoles.COA_LIAISON, "Casemanager of regievoerder van het COA op een azc")));
        var azc = UserProfiles.attribute(AZC_ATTRIBUTE, "Azc-locatie",
                Map.of("pattern", Map.of("pattern", "^AZC-[A-Z0-9-]+$",
                        "error-message", "Een azc-code ziet eruit als AZC-OISTERWIJK")));
        realm.setComponents(UserProfiles.component(azc));
        realm.setClients(clients(COA_REALM, AZC_ATTRIBUTE, false));
        return realm;
    }

    public RealmRepresentation platformRealm() {
        var realm = baseRealm(PLATFORM_REALM, "Doorlopende Lijn beheer");
        realm.setRoles(roles(role(RealmRoles.PLATFORM_OPERATOR, "Beheerder van het platform: regio's aan- en afmelden")));
        realm.setComponents(UserProfiles.component());
        realm.setClients(clients(PLATFORM_REALM, null, false));
        return realm;
    }

    /** Every realm: the regions in the given order, then {@code coa} and {@code platform}. */
    public List<RealmRepresentation> allRealms(List<RegionRealmSpec> regions) {
        var realms = new ArrayList<RealmRepresentation>();
        regions.forEach(region -> realms.add(regionRealm(region)));
        realms.add(coaRealm());
        realms.add(platformRealm());
        return realms;
    }

    /**
     * Adds fully set-up users (e-mail verified, no required actions, a permanent password) so that the password
     * grant works at once. For the demo and the tests only: production realms carry no users.
     */
    public static RealmRepresentation withUsers(RealmRepresentation realm, List<RealmUserSpec> users, String password) {
        var list = new ArrayList<UserRepresentation>();
        users.forEach(spec -> list.add(user(spec, password)));
        realm.setUsers(list);
        return realm;
    }

    public static UserRepresentation user(RealmUserSpec spec, String password) {
        var user = new UserRepresentation();
        user.setUsername(spec.username());
        user.setEnabled(true);
        user.setFirstName(spec.firstName());
        user.setLastName(spec.lastName());
        user.setEmail(spec.email());
        user.setEmailVerified(true);
        user.setRequiredActions(List.of());
        user.setRealmRoles(spec.realmRoles());
        var attributes = new LinkedHashMap<String, List<String>>();
        spec.attributes().forEach((name, value) -> attributes.put(name, List.of(value)));
        user.setAttributes(attributes);
        var credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        user.setCredentials(List.of(credential));
        return user;
    }

    private static RealmRepresentation baseRealm(String name, String displayName) {
        var realm = new RealmRepresentation();
        realm.setId(name);
        realm.setRealm(name);
        realm.setDisplayName(displayName);
        realm.setEnabled(true);
        realm.setSslRequired("external");
        realm.setRegistrationAllowed(false);
        realm.setLoginWithEmailAllowed(true);
        realm.setDuplicateEmailsAllowed(false);
        realm.setResetPasswordAllowed(false);
        realm.setEditUsernameAllowed(false);
        realm.setAccessTokenLifespan(ACCESS_TOKEN_LIFESPAN_SECONDS);
        realm.setSsoSessionIdleTimeout(30 * 60);
        realm.setSsoSessionMaxLifespan(10 * 60 * 60);
        // Brute-force protection: temporary lockout that grows per failure, never a permanent one.
        realm.setBruteForceProtected(true);
        realm.setPermanentLockout(false);
        realm.setFailureFactor(10);
        realm.setWaitIncrementSeconds(60);
        realm.setMaxFailureWaitSeconds(15 * 60);
        // Dutch first, English selectable, in the platform's own look
        realm.setLoginTheme(LOGIN_THEME);
        realm.setInternationalizationEnabled(true);
        realm.setSupportedLocales(new LinkedHashSet<>(List.of("nl", "en")));
        realm.setDefaultLocale("nl");
        return realm;
    }

    /**
     * A gemeente's identity provider as the region realm brokers it. {@code endpoints} are the provider's, from its
     * discovery document ({@code import-config}); only {@link #DISCOVERED_ENDPOINTS} are used. Users are created
     * at their first login without questions when the provider gives their e-mail address and name; the provider's
     * tokens are not stored. Its e-mail addresses are not trusted: a provider that names the address (or username) of
     * an existing account of the realm, say the coördinator's, gets it linked only after that account's own password
     * is given (Keycloak's first broker login), never by the address alone. Without a secret the provider is
     * disabled.
     */
    public IdentityProviderRepresentation identityProvider(IdentityProviderSpec spec, Map<String, String> endpoints) {
        var idp = new IdentityProviderRepresentation();
        idp.setAlias(spec.alias());
        idp.setDisplayName(spec.displayName());
        idp.setProviderId("oidc");
        idp.setEnabled(spec.clientSecret() != null);
        idp.setTrustEmail(false);
        idp.setStoreToken(false);
        idp.setAddReadTokenRoleOnCreate(false);
        idp.setLinkOnly(false);
        idp.setHideOnLogin(false);
        idp.setAuthenticateByDefault(false);
        idp.setFirstBrokerLoginFlowAlias(FIRST_BROKER_LOGIN_FLOW);
        var config = new LinkedHashMap<String, String>();
        DISCOVERED_ENDPOINTS.forEach(key -> {
            if (endpoints.get(key) != null && !endpoints.get(key).isBlank()) {
                config.put(key, endpoints.get(key));
            }
        });
        config.put("issuer", spec.issuer());
        config.put("clientId", spec.clientId());
        if (spec.clientSecret() != null) {
            config.put("clientSecret", spec.clientSecret());
        }
        config.put("clientAuthMethod", "client_secret_post");
        config.put("defaultScope", BROKER_SCOPES);
        config.put("validateSignature", "true");
        config.put("useJwksUrl", "true");
        config.put("pkceEnabled", "true");
        config.put("pkceMethod", "S256");
        // name and e-mail follow the provider at every login; gemeente and role come from the mappers only
        config.put("syncMode", "FORCE");
        idp.setConfig(config);
        return idp;
    }

    /**
     * The only mappers of a brokered provider: the user attribute {@code gemeente} set to the provider's gemeente
     * and the role {@value RealmRoles#GEMEENTE_MEDEWERKER}, both again at every login (sync mode FORCE). No mapper
     * reads a claim of the provider's tokens: a provider cannot name another gemeente or a role.
     */
    public static List<IdentityProviderMapperRepresentation> identityProviderMappers(IdentityProviderSpec spec) {
        return List.of(
                idpMapper(spec.alias(), "gemeente " + spec.gemeenteCode(), "hardcoded-attribute-idp-mapper", orderedMap(
                        "attribute", GEMEENTE_ATTRIBUTE,
                        "attribute.value", spec.gemeenteCode(),
                        "syncMode", "FORCE")),
                idpMapper(spec.alias(), "rol " + RealmRoles.GEMEENTE_MEDEWERKER, "oidc-hardcoded-role-idp-mapper",
                        orderedMap(
                                "role", RealmRoles.GEMEENTE_MEDEWERKER,
                                "syncMode", "FORCE")));
    }

    private static IdentityProviderMapperRepresentation idpMapper(String alias, String name, String type,
                                                                  Map<String, String> config) {
        var mapper = new IdentityProviderMapperRepresentation();
        mapper.setIdentityProviderAlias(alias);
        mapper.setName(name);
        mapper.setIdentityProviderMapper(type);
        mapper.setConfig(config);
        return mapper;
    }

    /**
     * The protocol mapper that puts the alias of the identity provider a user came through into the access token
     * ({@value #IDENTITY_PROVIDER_CLAIM}; Keycloak keeps it as a user session note of a brokered login).
     */
    public static ProtocolMapperRepresentation identityProviderMapper() {
        return mapper(IDENTITY_PROVIDER_CLAIM, "oidc-usersessionmodel-note-mapper", orderedMap(
                "user.session.note", IDENTITY_PROVIDER_CLAIM,
                "claim.name", IDENTITY_PROVIDER_CLAIM,
                "jsonType.label", "String",
                "access.token.claim", "true",
                "id.token.claim", "true",
                "userinfo.token.claim", "false",
                "introspection.token.claim", "true"));
    }

    private List<ClientRepresentation> clients(String realm, String attribute, boolean brokering) {
        var clients = List.of(webClient(realm, attribute), apiClient(attribute));
        if (brokering) {
            clients.forEach(client -> client.getProtocolMappers().add(identityProviderMapper()));
        }
        return clients;
    }

    private ClientRepresentation webClient(String realm, String attribute) {
        var client = client(WEB_CLIENT_ID, "Doorlopende Lijn", attribute);
        client.setPublicClient(false);
        client.setClientAuthenticatorType("client-secret");
        client.setSecret(webClientSecret);
        client.setStandardFlowEnabled(true);
        client.setDirectAccessGrantsEnabled(false);
        // Spring Security's default redirect URI template, one registration per realm.
        client.setRedirectUris(List.of(platformBaseUrl + "/login/oauth2/code/" + realm));
        client.setAttributes(orderedMap(
                "pkce.code.challenge.method", "S256",
                "post.logout.redirect.uris", platformBaseUrl + "/*"));
        return client;
    }

    private static ClientRepresentation apiClient(String attribute) {
        var client = client(API_CLIENT_ID, "Doorlopende Lijn API", attribute);
        client.setPublicClient(true);
        client.setStandardFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(true);
        return client;
    }

    private static ClientRepresentation client(String clientId, String name, String attribute) {
        var client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setName(name);
        client.setEnabled(true);
        client.setProtocol("openid-connect");
        client.setImplicitFlowEnabled(false);
        client.setServiceAccountsEnabled(false);
        client.setFrontchannelLogout(true);
        var mappers = new ArrayList<ProtocolMapperRepresentation>();
        mappers.add(audienceMapper());
        if (attribute != null) {
            mappers.add(attributeMapper(attribute));
        }
        client.setProtocolMappers(mappers);
        return client;
    }

    private static ProtocolMapperRepresentation audienceMapper() {
        return mapper("audience " + AUDIENCE, "oidc-audience-mapper", orderedMap(
                "included.custom.audience", AUDIENCE,
                "access.token.claim", "true",
                "id.token.claim", "false",
                "introspection.token.claim", "true"));
    }

    private static ProtocolMapperRepresentation attributeMapper(String attribute) {
        return mapper(attribute, "oidc-usermodel-attribute-mapper", orderedMap(
                "user.attribute", attribute,
                "claim.name", attribute,
                "jsonType.label", "String",
                "multivalued", "false",
                "access.token.claim", "true",
                "id.token.claim", "true",
                "userinfo.token.claim", "true",
                "introspection.token.claim", "true"));
    }

    private static ProtocolMapperRepresentation mapper(String name, String type, Map<String, String> config) {
        var mapper = new ProtocolMapperRepresentation();
        mapper.setName(name);
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper(type);
        mapper.setConfig(config);
        return mapper;
    }

    private static RolesRepresentation roles(RoleRepresentation... roles) {
        var representation = new RolesRepresentation();
        representation.setRealm(List.of(roles));
        return representation;
    }

    private static RoleRepresentation role(String name, String description) {
        var role = new RoleRepresentation();
        role.setName(name);
        role.setDescription(description);
        role.setComposite(false);
        role.setClientRole(false);
        return role;
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Keycloak 26's declarative user profile: a JSON document stored in one component's config. */
    static final class UserProfiles {

        static final String PROVIDER_TYPE = "org.keycloak.userprofile.UserProfileProvider";
        static final String CONFIG_KEY = "kc.user.profile.config";

        private UserProfiles() {
        }

        /** A custom attribute: visible to the user, editable only by administrators (a user can't pick a gemeente). */
        static Map<String, Object> attribute(String name, String displayName, Map<String, Object> validations) {
            var attribute = new LinkedHashMap<String, Object>();
            attribute.put("name", name);
            attribute.put("displayName", displayName);
            attribute.put("permissions", Map.of("view", List.of("admin", "user"), "edit", List.of("admin")));
            attribute.put("validations", validations);
            attribute.put("multivalued", false);
            return attribute;
        }

        /**
         * Keycloak's default attributes (username, email, firstName, lastName) plus the given ones. Display names are
         * plain Dutch text rather than {@code ${message-key}}s, as Keycloak resolves {@code ${...}} placeholders
         * against the environment when it imports a realm file.
         */
        @SafeVarargs
        static MultivaluedHashMap<String, ComponentExportRepresentation> component(Map<String, Object>... custom) {
            var attributes = new ArrayList<Object>();
            attributes.add(standard("username", "Gebruikersnaam", false, orderedObjects(
                    "length", Map.of("min", 3, "max", 255),
                    "username-prohibited-characters", Map.of(),
                    "up-username-not-idn-homograph", Map.of())));
            attributes.add(standard("email", "E-mailadres", true, orderedObjects(
                    "email", Map.of(), "length", Map.of("max", 255))));
            attributes.add(standard("firstName", "Voornaam", true, orderedObjects(
                    "length", Map.of("max", 255), "person-name-prohibited-characters", Map.of())));
            attributes.add(standard("lastName", "Achternaam", true, orderedObjects(
                    "length", Map.of("max", 255), "person-name-prohibited-characters", Map.of())));
            attributes.addAll(List.of(custom));
            var config = new LinkedHashMap<String, Object>();
            config.put("attributes", attributes);
            config.put("groups", List.of(orderedObjects(
                    "name", "user-metadata",
                    "displayHeader", "User metadata",
                    "displayDescription", "Attributes, which refer to user metadata")));

            var component = new ComponentExportRepresentation();
            component.setProviderId("declarative-user-profile");
            component.setSubComponents(new MultivaluedHashMap<>());
            var componentConfig = new MultivaluedHashMap<String, String>();
            componentConfig.putSingle(CONFIG_KEY, RealmJson.compact(config));
            component.setConfig(componentConfig);
            var components = new MultivaluedHashMap<String, ComponentExportRepresentation>();
            components.putSingle(PROVIDER_TYPE, component);
            return components;
        }

        private static Map<String, Object> standard(String name, String displayName, boolean requiredForUser,
                                                    Map<String, Object> validations) {
            var attribute = new LinkedHashMap<String, Object>();
            attribute.put("name", name);
            attribute.put("displayName", displayName);
            if (requiredForUser) {
                attribute.put("required", Map.of("roles", List.of("user")));
            }
            attribute.put("permissions", Map.of("view", List.of("admin", "user"), "edit", List.of("admin", "user")));
            attribute.put("validations", validations);
            attribute.put("multivalued", false);
            return attribute;
        }

        private static Map<String, Object> orderedObjects(Object... keysAndValues) {
            var map = new LinkedHashMap<String, Object>();
            for (int i = 0; i < keysAndValues.length; i += 2) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
            return map;
        }
    }
}
