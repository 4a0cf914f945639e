package nl.doorlopendelijn.webui.session;

import java.time.Duration;
import nl.doorlopendelijn.kernel.Sleutelbos;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.session.config.annotation.web.server.EnableSpringWebSession;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.WebSessionIdResolver;

/**
 * WebFlux sessions through Spring Session, stored in PostgreSQL. The cookie is HttpOnly and SameSite=Lax, and Secure
 * whenever the request came in over https (behind a TLS-terminating proxy: name it in
 * {@code doorlopendelijn.web.vertrouwde-proxies}, {@link nl.doorlopendelijn.web.VertrouwdeProxies}, so the platform
 * sees the original scheme).
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringWebSession
@EnableConfigurationProperties(SessieVersleuteling.class)
class SessionConfiguration {

  static final String COOKIE = "DL_SESSIE";

  @Bean
  PostgresSessionRepository sessionRepository(DatabaseClient db,
      @Value("${doorlopendelijn.web.session-timeout:PT30M}") Duration timeout, SessieVersleuteling versleuteling) {
    return new PostgresSessionRepository(db, timeout, sleutels(versleuteling));
  }

  static Sleutelbos sleutels(SessieVersleuteling versleuteling) {
    if (versleuteling.sleutels().isEmpty()) {
      LoggerFactory.getLogger(SessionConfiguration.class).warn("No doorlopendelijn.web.sessie-versleuteling keys: "
          + "this process made its own, so its page sessions end at a restart and no other replica can read them");
      return Sleutelbos.eenmalig("sessiesleutel");
    }
    return new Sleutelbos("sessiesleutel", versleuteling.sleutels(), versleuteling.actieveSleutel());
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
