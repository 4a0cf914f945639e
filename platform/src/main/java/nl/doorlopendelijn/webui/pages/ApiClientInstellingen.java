package nl.doorlopendelijn.webui.pages;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The page pool of the pages' own API client ({@code doorlopendelijn.web.api-client.*}, ADR 0006). SSE streams are
 * not in this pool: each has a connection of its own.
 *
 * @param maxVerbindingen connections to the own API for page requests at once (per instance)
 * @param maxWachtend page requests that may wait for one of them; more are refused at once
 * @param wachtenOpVerbinding how long a page request waits for a free connection before it fails (a 503 page)
 * @param maxInactief an idle connection is closed after this; shorter than the server's idle timeout
 *     ({@code server.netty.idle-timeout}), so a connection the server is about to close is never reused
 * @param maxLevensduur a connection is closed after this, however busy
 * @param opruimen how often idle and old connections are closed in the background (not only when next leased)
 * @param antwoordBinnen how long a page waits for the API's answer to a read; longer than every wait the API bounds
 *     itself (region registry's first load 15 s, a dashboard's first state 10 s), so the API's own answer (a 503 with
 *     Retry-After at worst) always arrives before the page gives up
 */
@ConfigurationProperties("doorlopendelijn.web.api-client")
record ApiClientInstellingen(
    Integer maxVerbindingen,
    Integer maxWachtend,
    Duration wachtenOpVerbinding,
    Duration maxInactief,
    Duration maxLevensduur,
    Duration opruimen,
    Duration antwoordBinnen) {

  public ApiClientInstellingen {
    maxVerbindingen = maxVerbindingen == null ? 32 : maxVerbindingen;
    maxWachtend = maxWachtend == null ? 512 : maxWachtend;
    wachtenOpVerbinding = wachtenOpVerbinding == null ? Duration.ofSeconds(5) : wachtenOpVerbinding;
    maxInactief = maxInactief == null ? Duration.ofSeconds(20) : maxInactief;
    maxLevensduur = maxLevensduur == null ? Duration.ofMinutes(5) : maxLevensduur;
    opruimen = opruimen == null ? Duration.ofSeconds(10) : opruimen;
    antwoordBinnen = antwoordBinnen == null ? Duration.ofSeconds(20) : antwoordBinnen;
  }
}
