package nl.doorlopendelijn.keycloak.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import nl.doorlopendelijn.identity.Accountstatus;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.tenancy.Replicas;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * The accounts whose tokens are refused although they are still valid: a user a coördinator deactivated (table
 * {@code gedeactiveerd_account}, V86). Checked on every request after the token is verified, so the check is one
 * lookup in a set held in memory. This replica changes the set at once; a change is announced to every replica
 * ({@link Replicas}, NOTIFY in the transaction of the change), which then reads the table again; so does a replica
 * whose listening connection came back (it may have missed announcements), and one that starts. Until the first
 * read succeeds (database down at start) no account is refused here: Keycloak has disabled it anyway, and her token
 * expires within 5 minutes.
 */
@Component
class GedeactiveerdeAccounts implements Accountstatus, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(GedeactiveerdeAccounts.class);

  private final DatabaseClient db;
  private final TenantTransactions tx;
  private final Clock klok;
  private final Replicas replicas;
  /** Changes made here since start: a read that overlaps one is repeated, so it cannot undo it. */
  private final AtomicLong wijzigingen = new AtomicLong();
  /** Per issuer the refused subjects: two hash lookups, no allocation, on every request. */
  private volatile Map<String, Set<String>> geweigerd = Map.of();
  private volatile Disposable verversing;

  GedeactiveerdeAccounts(DatabaseClient db, TenantTransactions tx, Clock klok, Replicas replicas) {
    this.db = db;
    this.tx = tx;
    this.klok = klok;
    this.replicas = replicas;
  }

  /** Whether tokens of this account are refused. One lookup in memory: this runs on every request. */
  boolean geweigerd(String issuer, String subject) {
    Set<String> subjects = geweigerd.get(issuer);
    return subjects != null && subjects.contains(subject);
  }

  @Override
  public boolean gedeactiveerd(Caller caller) {
    return geweigerd(caller.issuer(), caller.subject());
  }

  Mono<Void> deactiveer(String issuer, String subject) {
    return tx.platform(db.sql("""
            insert into gedeactiveerd_account (issuer, subject, sinds) values (:issuer, :subject, :sinds)
            on conflict (issuer, subject) do nothing
            """)
        .bind("issuer", issuer).bind("subject", subject).bind("sinds", klok.instant().atOffset(ZoneOffset.UTC))
        .then()
        .then(replicas.meld(Replicas.Onderwerp.ACCOUNT, issuer)))
        .then(Mono.fromRunnable(() -> wijzig(issuer, subject, true)));
  }

  Mono<Void> heractiveer(String issuer, String subject) {
    return tx.platform(db.sql("delete from gedeactiveerd_account where issuer = :issuer and subject = :subject")
        .bind("issuer", issuer).bind("subject", subject).then()
        .then(replicas.meld(Replicas.Onderwerp.ACCOUNT, issuer)))
        .then(Mono.fromRunnable(() -> wijzig(issuer, subject, false)));
  }

  private synchronized void wijzig(String issuer, String subject, boolean weigeren) {
    wijzigingen.incrementAndGet();
    Map<String, Set<String>> nieuw = new HashMap<>(geweigerd);
    Set<String> subjects = new HashSet<>(nieuw.getOrDefault(issuer, Set.of()));
    if (weigeren) {
      subjects.add(subject);
    } else {
      subjects.remove(subject);
    }
    if (subjects.isEmpty()) {
      nieuw.remove(issuer);
    } else {
      nieuw.put(issuer, Set.copyOf(subjects));
    }
    geweigerd = Map.copyOf(nieuw);
  }

  /** Reads the table; a read during which this replica changed something is repeated. */
  Mono<Void> lees() {
    return Mono.defer(() -> {
      long voor = wijzigingen.get();
      return tx.platform(db.sql("select issuer, subject from gedeactiveerd_account")
              .map((r, m) -> Map.entry(r.get("issuer", String.class), r.get("subject", String.class)))
              .all().collectList())
          .flatMap(rijen -> {
            Map<String, Set<String>> gelezen = new HashMap<>();
            rijen.forEach(r -> gelezen.computeIfAbsent(r.getKey(), k -> new HashSet<>()).add(r.getValue()));
            Map<String, Set<String>> nieuw = new HashMap<>();
            gelezen.forEach((issuer, subjects) -> nieuw.put(issuer, Set.copyOf(subjects)));
            synchronized (this) {
              if (wijzigingen.get() == voor) {
                geweigerd = Map.copyOf(nieuw);
                return Mono.just(true);
              }
            }
            return Mono.just(false);
          });
    }).repeat().takeUntil(Boolean::booleanValue).then();
  }

  /**
   * Reads the table on every announcement and after every (re)connect of the listening connection, which is also
   * the first read at start; a burst costs one read after the running one. A failed read waits for the next cue
   * (or the next reconnect, which a database that is down brings once it is back).
   */
  @EventListener(ApplicationStartedEvent.class)
  void start() {
    verversing = replicas.meldingen(Replicas.Onderwerp.ACCOUNT)
        .onBackpressureLatest()
        .concatMap(melding -> lees()
            .retryWhen(reactor.util.retry.Retry.backoff(5, java.time.Duration.ofMillis(200)))
            .onErrorResume(e -> {
          log.warn("gedeactiveerde accounts lezen mislukt: {}", e.toString());
          return Mono.empty();
        }), 1)
        .subscribe();
  }

  @Override
  public void destroy() {
    Disposable d = verversing;
    if (d != null) {
      d.dispose();
    }
  }
}
