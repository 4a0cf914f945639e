package nl.doorlopendelijn.webui.session;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.jackson.SecurityJacksonModules;
import tools.jackson.databind.DefaultTyping;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * A session's attributes as JSON, not Java serialization: what a row says is data, and only the types Spring
 * Security declares safe for its session objects (the security context with the OpenID Connect user, the tokens,
 * the authorization request of a login in progress, the CSRF token, the saved request) can be named in it. Any
 * other class name in a row fails the read; no constructor or {@code readObject} of an arbitrary class on the class
 * path ever runs. Spring Security's Jackson 3 modules ({@link SecurityJacksonModules}) describe its types; type
 * names are written for every non-final value ({@code @class}), and checked against the allow-list on read.
 */
final class SessieJson {

  private final JsonMapper mapper;

  SessieJson() {
    // WebServerJacksonModule (7.0) describes the WebFlux CSRF token but does not allow it: named here
    BasicPolymorphicTypeValidator.Builder toegestaan = BasicPolymorphicTypeValidator.builder()
        .allowIfSubType(org.springframework.security.web.server.csrf.DefaultCsrfToken.class)
        // in the claims of an ID token: the issuer as Spring's decoder converts it, and the JSON objects and lists
        // as Nimbus parses them (a plain sorted map of its shaded Gson) or as the JDK makes them
        .allowIfSubType(java.net.URL.class)
        .allowIfSubType("com.nimbusds.jose.shaded.gson.internal.LinkedTreeMap")
        .allowIfSubType("java.util.ImmutableCollections$");
    var modules = SecurityJacksonModules.getModules(SessieJson.class.getClassLoader(), toegestaan);
    // the modules have added their types to the builder by now; String, numbers and booleans need no type name
    this.mapper = JsonMapper.builder()
        .addModules(modules)
        .activateDefaultTyping(toegestaan.build(), DefaultTyping.NON_FINAL, JsonTypeInfo.As.PROPERTY)
        .build();
  }

  byte[] schrijf(Map<String, Object> attributen) {
    return mapper.writeValueAsBytes(new HashMap<>(attributen));
  }

  /** The attributes; fails on anything that is not a map of allowed types. */
  @SuppressWarnings("unchecked")
  Map<String, Object> lees(byte[] json) {
    return mapper.readValue(json, HashMap.class);
  }
}
