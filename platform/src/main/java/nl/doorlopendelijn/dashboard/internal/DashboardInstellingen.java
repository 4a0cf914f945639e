package nl.doorlopendelijn.dashboard.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of the live dashboards ({@code doorlopendelijn.dashboard.*}).
 *
 * @param samenvoegen how long a region waits after a change before recomputing, so a burst costs one recompute
 * @param hartslag interval of the SSE heartbeat comment
 * @param buffer how many versions per region a reconnecting viewer can be replayed from ({@code Last-Event-ID})
 * @param datumControle how often the date (Europe/Amsterdam) is looked at, to recompute right after midnight
 * @param controleLuisterverbinding how often the LISTEN connection proves it is alive (a dead peer sends no FIN)
 * @param verbindenTijd how long opening the LISTEN connection (TCP, start-up, authentication) may take: the driver
 *     bounds only the TCP connect, and a server that accepts and then stays silent would hold it for ever
 * @param herverbindenMin first back-off after the LISTEN connection failed
 * @param herverbindenMax longest back-off
 * @param eersteStandWacht how long a request waits for a region's very first computation before answering 503
 * @param auditTijd how long the suppression audit of one view may take; past it every figure about the rest is
 *     suppressed
 */
@ConfigurationProperties("doorlopendelijn.dashboard")
record DashboardInstellingen(
    Duration samenvoegen,
    Duration hartslag,
    Integer buffer,
    Duration datumControle,
    Duration controleLuisterverbinding,
    Duration verbindenTijd,
    Duration herverbindenMin,
    Duration herverbindenMax,
    Duration eersteStandWacht,
    Duration auditTijd) {

  public DashboardInstellingen {
    samenvoegen = samenvoegen == null ? Duration.ofMillis(50) : samenvoegen;
    hartslag = hartslag == null ? Duration.ofSeconds(15) : hartslag;
    buffer = buffer == null ? 64 : buffer;
    datumControle = datumControle == null ? Duration.ofSeconds(1) : datumControle;
    controleLuisterverbinding = controleLuisterverbinding == null ? Duration.ofSeconds(5) : controleLuisterverbinding;
    verbindenTijd = verbindenTijd == null ? Duration.ofSeconds(10) : verbindenTijd;
    herverbindenMin = herverbindenMin == null ? Duration.ofMillis(100) : herverbindenMin;
    herverbindenMax = herverbindenMax == null ? Duration.ofSeconds(10) : herverbindenMax;
    eersteStandWacht = eersteStandWacht == null ? Duration.ofSeconds(10) : eersteStandWacht;
    auditTijd = auditTijd == null ? Duration.ofSeconds(4) : auditTijd;
  }
}
