package nl.doorlopendelijn.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;

/**
 * Several real token issuers in one in-process server (mock-oauth2-server): one per demo region, plus {@code coa},
 * {@code platform} and an issuer the platform does not trust. Tokens are really signed with the issuer's own key
 * and really verified by the platform against the issuer's JWKS.
 */
public final class TestIssuers {

  public static final String HART_VAN_BRABANT = "hart-van-brabant";
  public static final String NOORDOOST_BRABANT = "noordoost-brabant";
  public static final String COA = "coa";
  public static final String PLATFORM = "platform";
  public static final String UNTRUSTED = "onbekende-uitgever";
  public static final String AUDIENCE = "doorlopende-lijn";
  /** The web pages' OIDC client. */
  public static final String WEB_CLIENT = "doorlopende-lijn-web";

  private static TestIssuers shared;

  private final MockOAuth2Server server;

  private TestIssuers(MockOAuth2Server server) {
    this.server = server;
  }

  public static synchronized TestIssuers shared() {
    if (shared == null) {
      MockOAuth2Server server = new MockOAuth2Server();
      server.start();
      shared = new TestIssuers(server);
      Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "test-issuers-stop"));
    }
    return shared;
  }

  public String issuer(String realm) {
    return server.issuerUrl(realm).toString().replaceAll("/$", "");
  }

  /** Spring properties that make the platform trust these issuers (and look for keys where they are). */
  public Map<String, Object> springProperties() {
    Map<String, Object> p = new LinkedHashMap<>();
    for (String realm : List.of(HART_VAN_BRABANT, NOORDOOST_BRABANT, COA, PLATFORM)) {
      p.put("doorlopendelijn.keycloak.overrides." + realm, issuer(realm));
    }
    p.put("doorlopendelijn.keycloak.jwks-path", "/jwks");
    // the web pages' login (authorization code) at the test issuer's own endpoints
    p.put("doorlopendelijn.keycloak.authorization-path", "/authorize");
    p.put("doorlopendelijn.keycloak.token-path", "/token");
    return p;
  }

  /** A valid access token as Keycloak would issue it: realm roles, attributes, audience. */
  public String token(String realm, String subject, List<String> roles, Map<String, Object> attributes) {
    return sign(realm, claims(realm, subject, roles, attributes, Instant.now(), Duration.ofMinutes(5)));
  }

  /**
   * Makes the next authorization-code login at this realm's issuer sign in as this person (the web pages' OIDC
   * login, without Keycloak): id and access token carry the roles and attributes, for the web client and the API.
   */
  public void enqueueLogin(String realm, String subject, String naam, List<String> roles,
      Map<String, Object> attributes) {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("azp", WEB_CLIENT);
    claims.put("preferred_username", subject);
    claims.put("name", naam);
    claims.put("realm_access", Map.of("roles", roles));
    claims.putAll(attributes);
    server.enqueueCallback(new no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback(realm, subject, "JWT",
        List.of(WEB_CLIENT, AUDIENCE), claims, 3600));
  }

  public String regioCoordinator(String realm) {
    return token(realm, "coordinator-" + realm, List.of("regio-coordinator"), Map.of());
  }

  /** A gemeente-medewerker with signing authority for her gemeente (tekenbevoegd), as the demo accounts are. */
  public String gemeenteMedewerker(String realm, String gemeente) {
    return token(realm, "medewerker-" + gemeente, List.of("gemeente-medewerker", "tekenbevoegd"),
        Map.of("gemeente", gemeente));
  }

  /** A gemeente-medewerker without signing authority: she may not sign for her gemeente, nor grant a mandaat. */
  public String gemeenteMedewerkerNietTekenbevoegd(String realm, String gemeente) {
    return token(realm, "medewerker-zonder-tekenbevoegdheid-" + gemeente, List.of("gemeente-medewerker"),
        Map.of("gemeente", gemeente));
  }

  public String dashboardViewer(String realm) {
    return token(realm, "viewer-" + realm, List.of("dashboard-viewer"), Map.of());
  }

  public String coaLiaison(String azc) {
    return token(COA, "liaison-" + azc, List.of("coa-liaison"), Map.of("azc", azc));
  }

  public String platformOperator() {
    return token(PLATFORM, "operator", List.of("platform-operator"), Map.of());
  }

  public Map<String, Object> claims(String realm, String subject, List<String> roles, Map<String, Object> attributes,
      Instant issuedAt, Duration lifetime) {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("iss", issuer(realm));
    claims.put("sub", subject);
    claims.put("aud", List.of(AUDIENCE, "account"));
    claims.put("iat", issuedAt.getEpochSecond());
    claims.put("nbf", issuedAt.getEpochSecond());
    claims.put("exp", issuedAt.plus(lifetime).getEpochSecond());
    claims.put("jti", UUID.randomUUID().toString());
    claims.put("azp", "doorlopende-lijn-api");
    claims.put("realm_access", Map.of("roles", roles));
    // a display name as Keycloak's profile scope gives one (first + last name): the dossier's history shows it
    claims.put("name", naam(subject));
    claims.putAll(attributes);
    return claims;
  }

  /** The display name every test token of {@code subject} carries (its {@code name} claim). */
  public static String naam(String subject) {
    return "Test " + subject;
  }

  /** Signs exactly these claims with the realm's own key. */
  public String sign(String realm, Map<String, Object> claims) {
    SignedJWT jwt = server.getConfig().getTokenProvider().jwt(claims, Duration.ofMinutes(5), realm);
    return jwt.serialize();
  }

  /** Signs the claims with a key that is not the issuer's (but looks like a normal RS256 token). */
  public static String signWithForeignKey(Map<String, Object> claims) {
    try {
      RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
          toClaimsSet(claims));
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An unsigned token ({@code alg: none}). */
  public static String unsigned(Map<String, Object> claims) {
    return new PlainJWT(toClaimsSet(claims)).serialize();
  }

  private static JWTClaimsSet toClaimsSet(Map<String, Object> claims) {
    JWTClaimsSet.Builder b = new JWTClaimsSet.Builder();
    claims.forEach((k, v) -> {
      if (v instanceof Long seconds && List.of("iat", "nbf", "exp").contains(k)) {
        b.claim(k, new Date(seconds * 1000));
      } else {
        b.claim(k, v);
      }
    });
    return b.build();
  }
}
