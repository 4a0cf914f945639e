package nl.doorlopendelijn.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 document at {@code /api/v1/openapi.json} (API-51), public and in Dutch. The conventions every
 * operation shares are added by {@link ApiDocumentConventions}; the document passes Logius' linter (ApiLintTest).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  static {
    // Resolved by the platform from the path and the token, never sent by a client.
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(
        nl.doorlopendelijn.web.RequestMetadata.class);
  }

  @Bean
  OpenAPI doorlopendeLijnOpenApi(@Value("${doorlopendelijn.api.version}") String version) {
    return new OpenAPI()
        .info(new Info()
            .title("Doorlopende Lijn API")
            .description("API voor de warme overdracht van inburgeraars van azc naar gemeente, per regio.")
            .version(version)
            .contact(new Contact().name("Doorlopende Lijn").email("api@doorlopendelijn.nl")
                .url("https://doorlopendelijn.nl"))
            .license(new License().name("EUPL-1.2").url("https://eupl.eu/1.2/nl/")))
        // Relative, so it holds on every host (also the plain-http demo); carries the major version (API-20).
        // The paths are relative to it (ApiDocumentConventions): server + path = the real URL.
        .addServersItem(new Server().url(ApiDocumentConventions.BASE_PATH)
            .description("Versie 1 van de API, op de host die dit document serveert"))
        .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
            .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
            .description("Toegangstoken van de Keycloak-realm van uw regio (of coa / platform)")))
        .addSecurityItem(new SecurityRequirement().addList("bearer"));
  }
}
