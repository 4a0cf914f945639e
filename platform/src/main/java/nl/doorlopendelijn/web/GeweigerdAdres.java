package nl.doorlopendelijn.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import reactor.core.publisher.Mono;

/**
 * A request whose address Spring Security's firewall refuses (an encoded slash or NUL, an empty or {@code ..} path
 * segment, a disallowed method or header) answers like every other bad request: as an error the platform's own
 * handlers render, problem+json on the API and the Dutch error page on a page route. Spring's default is a bare
 * 400 without a body, which the OpenAPI-driven fuzzing found ({@code OpenApiFuzzTest}).
 */
@Configuration(proxyBeanMethods = false)
class GeweigerdAdres {

  /** Spring Security's filter chain picks this handler up by its type. */
  @Bean
  ServerExchangeRejectedHandler geweigerdAdresAfhandeling() {
    return (exchange, geweigerd) -> Mono.error(ApiProblem.badRequest(
        "Het adres van dit verzoek bevat tekens of delen die niet zijn toegestaan (zoals een gecodeerde / of een leeg"
            + " padsegment)."));
  }
}
