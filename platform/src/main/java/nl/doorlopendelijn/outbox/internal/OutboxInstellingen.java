package nl.doorlopendelijn.outbox.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of the outbox ({@code doorlopendelijn.outbox.*}).
 *
 * @param ronde how often every tenant is looked at for due deliveries (retries, and work of other replicas);
 *     a commit on this replica wakes the dispatcher at once
 * @param lease how long a claimed delivery is left to this dispatcher before another may take it
 * @param perRonde how many deliveries one tenant hands out per round
 * @param wachttijdOntvanger how long one listener may take before the attempt counts as failed
 * @param eersteHerhaling the wait after the first failure; doubled per failure, up to {@code langsteHerhaling}
 * @param langsteHerhaling the longest wait between two attempts
 * @param bewaarAfgeleverd how long delivered rows are kept
 */
@ConfigurationProperties("doorlopendelijn.outbox")
record OutboxInstellingen(Duration ronde, Duration lease, Integer perRonde, Duration wachttijdOntvanger,
    Duration eersteHerhaling, Duration langsteHerhaling, Duration bewaarAfgeleverd) {

  OutboxInstellingen {
    ronde = ronde == null ? Duration.ofSeconds(5) : ronde;
    lease = lease == null ? Duration.ofSeconds(60) : lease;
    perRonde = perRonde == null ? 50 : perRonde;
    wachttijdOntvanger = wachttijdOntvanger == null ? Duration.ofSeconds(30) : wachttijdOntvanger;
    eersteHerhaling = eersteHerhaling == null ? Duration.ofSeconds(1) : eersteHerhaling;
    langsteHerhaling = langsteHerhaling == null ? Duration.ofMinutes(10) : langsteHerhaling;
    bewaarAfgeleverd = bewaarAfgeleverd == null ? Duration.ofDays(7) : bewaarAfgeleverd;
  }

  Terugval terugval() {
    return new Terugval(eersteHerhaling, langsteHerhaling);
  }
}
