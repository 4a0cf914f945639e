package nl.doorlopendelijn.tenancy;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * How one replica tells every replica (itself included) that shared state changed: a region onboarded, deactivated
 * or removed, an account deactivated. PostgreSQL LISTEN/NOTIFY on channel {@value #KANAAL}, as the dashboard does
 * (docs/architecture.md, "Many replicas"): {@link #meld} runs {@code pg_notify} in the caller's transaction, so the
 * announcement goes out on commit only, never for work that rolled back. Each replica listens on one dedicated
 * connection; after that connection was lost it reports {@link Melding#herverbonden()} — whatever was announced in
 * between reached nobody, so a listener then re-reads everything it holds.
 */
public interface Replicas {

  String KANAAL = "doorlopendelijn_replicas";

  /** What changed: a region (the registry), an account refused at login. */
  enum Onderwerp { REGIO, ACCOUNT }

  /**
   * An announcement; {@code sleutel} names the changed thing (a region's slug, an issuer), {@code null} for a
   * reconnect after which everything may have changed.
   */
  record Melding(Onderwerp onderwerp, String sleutel) {
    public boolean herverbonden() {
      return sleutel == null;
    }
  }

  /** Announces a change, sent by PostgreSQL when the surrounding transaction commits (at once without one). */
  Mono<Void> meld(Onderwerp onderwerp, String sleutel);

  /**
   * The announcements about one subject, from every replica, and a {@link Melding#herverbonden()} one after each
   * (re)connect of the listening connection. Hot: a subscriber hears what is announced after it subscribed.
   */
  Flux<Melding> meldingen(Onderwerp onderwerp);
}
