package nl.doorlopendelijn.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.doorlopendelijn.DoorlopendeLijnApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Two platform instances ("replicas" A and B) in this JVM, each a full application context on a port of its own,
 * both on ONE database (the shared test database of {@link PlatformTest}, or one named by
 * {@link PlatformTestInitializer#EIGEN_DATABASE}) and the same test issuers: what several replicas behind one load
 * balancer share. For what one replica must learn from another (issue 19: a region deactivated through A is refused
 * by B). Each context start costs ~10-20 s: one test class holds all two-instance cases, and starts this once.
 *
 * <p>Extending it (the issue <em>Beyond one machine</em>): {@link #start(Map, Class[])} takes properties for both
 * and extra configuration sources (plain classes with {@code @Bean} methods, NOT {@code @Configuration}: the
 * component scan would give them to every context of the suite); {@link #props(String)} names each replica
 * ({@code doorlopendelijn.replicas.naam}, so its LISTEN connection is recognisable in {@code pg_stat_activity}).
 * {@link #close()} stops both.
 */
public final class TweeInstanties implements AutoCloseable {

  public final ConfigurableApplicationContext a;
  public final ConfigurableApplicationContext b;

  private TweeInstanties(ConfigurableApplicationContext a, ConfigurableApplicationContext b) {
    this.a = a;
    this.b = b;
  }

  /** Starts A, then B (one after the other: the first migrates a fresh database). */
  public static TweeInstanties start(Map<String, Object> props, Class<?>... bronnen) {
    ConfigurableApplicationContext a = instantie("a", props, bronnen);
    try {
      return new TweeInstanties(a, instantie("b", props, bronnen));
    } catch (RuntimeException e) {
      a.close();
      throw e;
    }
  }

  private static ConfigurableApplicationContext instantie(String naam, Map<String, Object> props,
      Class<?>... bronnen) {
    Map<String, Object> alle = new LinkedHashMap<>(props(naam));
    alle.putAll(props);
    List<Class<?>> klassen = new ArrayList<>(List.of(DoorlopendeLijnApplication.class));
    klassen.addAll(List.of(bronnen));
    // As command-line arguments: they outrank application.yaml; the database, issuers and keys as PlatformTest's
    String[] args = alle.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    return new SpringApplicationBuilder(klassen.toArray(Class<?>[]::new))
        .initializers(new PlatformTestInitializer())
        .run(args);
  }

  /** The properties every replica gets: a random port, its name. */
  public static Map<String, Object> props(String naam) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("server.port", 0);
    p.put("spring.main.banner-mode", "off");
    p.put("doorlopendelijn.replicas.naam", naam);
    return p;
  }

  public int poortA() {
    return poort(a);
  }

  public int poortB() {
    return poort(b);
  }

  public WebTestClient clientA() {
    return client(poortA());
  }

  public WebTestClient clientB() {
    return client(poortB());
  }

  private static int poort(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  private static WebTestClient client(int poort) {
    return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + poort)
        .responseTimeout(java.time.Duration.ofSeconds(30)).build();
  }

  @Override
  public void close() {
    try {
      b.close();
    } finally {
      a.close();
    }
  }
}
