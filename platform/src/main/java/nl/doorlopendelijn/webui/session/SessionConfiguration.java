package nl.doorlopendelijn.webui.session;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.session.config.annotation.web.server.EnableSpringWebSession;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.WebSessionIdResolver;

/**
 * WebFlux sessions through Spring Session, stored in PostgreSQL. The cookie is HttpOnly and SameSite=Lax, and Secure
 * whenever the request came in over https (behind a TLS-terminating proxy set
 * {@code server.forward-headers-strategy} so the platform sees the original scheme).
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringWebSession
class SessionConfiguration {

  static final String COOKIE = "DL_SESSIE";

  @Bean
  PostgresSessionRepository sessionRepository(DatabaseClient db,
      @Value("${doorlopendelijn.web.session-timeout:PT30M}") Duration timeout) {
    return new PostgresSessionRepository(db, timeout);
  }

  @Bean
  WebSessionIdResolver webSessionIdResolver() {
    CookieWebSessionIdResolver resolver = new CookieWebSessionIdResolver();
    resolver.setCookieName(COOKIE);
    resolver.addCookieInitializer(cookie -> cookie.httpOnly(true).sameSite("Lax").path("/"));
    return resolver;
  }

  @Bean
  ExpiredSessionCleanup expiredSessionCleanup(PostgresSessionRepository sessions,
      @Value("${doorlopendelijn.web.session-cleanup-interval:PT5M}") Duration interval) {
    return new ExpiredSessionCleanup(sessions, interval);
  }
}
