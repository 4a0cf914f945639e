package nl.doorlopendelijn.testsupport.keycloak;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole platform on a random port against the shared test database and the real Keycloak of this JVM
 * ({@link KeycloakLauncher#shared()}): its issuers are trusted, its admin API provisions realms. For the
 * end-to-end tests ({@code *E2eIT}, run by failsafe); every class with this annotation shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = KeycloakPlatformTestInitializer.class)
@AutoConfigureWebTestClient(timeout = "PT30S")
public @interface KeycloakPlatformTest {}
