package nl.doorlopendelijn.webui.session;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import nl.doorlopendelijn.kernel.Ids;
import nl.doorlopendelijn.kernel.Sleutelbos;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.session.MapSession;
import org.springframework.session.ReactiveSessionRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Web sessions in PostgreSQL (table {@code web_sessie}), so every replica sees every session and no sticky sessions
 * are needed. A session is one row; its attributes (security context, OAuth2 tokens, CSRF token) are JSON of the
 * types Spring Security allows ({@link SessieJson}), encrypted with AES-GCM ({@link Sleutelbos}) and bound to the
 * session id: the tokens are not readable at rest, and whoever can write the table without the key can neither
 * forge a session nor have a class built. A row that cannot be read back (an upgrade changed a type, tampering)
 * counts as no session and is dropped: the user logs in again. A row under a key this replica lacks counts as no
 * session here but stays, for the replicas that have it (a rotation: every replica gets the new key first).
 *
 * <p>A new session is inserted; a session read from the table is only updated ({@link WebSessie}), so a logout is
 * never undone by a request that was still in flight with the session it had read.
 */
public class PostgresSessionRepository implements ReactiveSessionRepository<WebSessie> {

  private static final Logger log = LoggerFactory.getLogger(PostgresSessionRepository.class);

  private final DatabaseClient db;
  private final Duration maxInactive;
  private final Sleutelbos sleutels;
  private final SessieJson json = new SessieJson();

  private final Sinks.Many<String> beeindigd = Sinks.many().multicast().directBestEffort();

  public PostgresSessionRepository(DatabaseClient db, Duration maxInactive, Sleutelbos sleutels) {
    this.db = db;
    this.maxInactive = maxInactive;
    this.sleutels = sleutels;
  }

  @Override
  public Mono<WebSessie> createSession() {
    return Mono.fromSupplier(() -> {
      MapSession session = new MapSession(Ids.nieuw().toString());
      session.setMaxInactiveInterval(maxInactive);
      return new WebSessie(session, null);
    });
  }

  @Override
  public Mono<Void> save(WebSessie session) {
    Map<String, Object> attributes = new HashMap<>();
    session.getAttributeNames().forEach(name -> attributes.put(name, session.getAttribute(name)));
    Sleutelbos.Versleuteld versleuteld = sleutels.versleutel(json.schrijf(attributes), context(session.getId()));
    Instant lastAccessed = session.getLastAccessedTime();
    String vorige = session.opgeslagenAls();
    DatabaseClient.GenericExecuteSpec opslag = vorige == null
        ? db.sql("""
            insert into web_sessie (id, aangemaakt_op, laatst_gebruikt_op, max_inactief_seconden, verloopt_op,
                                    sleutel_id, attributen)
            values (:id, :aangemaakt, :gebruikt, :maxInactief, :verloopt, :sleutel, :attributen)""")
            .bind("aangemaakt", utc(session.getCreationTime()))
        // the row it was read from, under its id of then: a login's new id moves it; gone (logout) stays gone
        : db.sql("""
            update web_sessie set id = :id, laatst_gebruikt_op = :gebruikt, max_inactief_seconden = :maxInactief,
              verloopt_op = :verloopt, sleutel_id = :sleutel, attributen = :attributen
            where id = :vorige""")
            .bind("vorige", vorige);
    return opslag
        .bind("id", session.getId())
        .bind("gebruikt", utc(lastAccessed))
        .bind("maxInactief", (int) session.getMaxInactiveInterval().toSeconds())
        .bind("verloopt", utc(lastAccessed.plus(session.getMaxInactiveInterval())))
        .bind("sleutel", versleuteld.sleutelId())
        .bind("attributen", versleuteld.inhoud())
        .fetch().rowsUpdated()
        .doOnNext(rijen -> {
          if (rijen == 1) {
            if (vorige != null && !vorige.equals(session.getId())) {
              beeindigd.tryEmitNext(vorige);
            }
            session.opgeslagen();
          } else {
            log.debug("Web session ended while a request still had it; it stays ended");
          }
        })
        .then();
  }

  @Override
  public Mono<WebSessie> findById(String id) {
    return db.sql("""
            select id, aangemaakt_op, laatst_gebruikt_op, max_inactief_seconden, sleutel_id, attributen
            from web_sessie where id = :id and verloopt_op > now()""")
        .bind("id", id)
        .map((row, meta) -> {
          MapSession session = new MapSession(row.get("id", String.class));
          session.setCreationTime(row.get("aangemaakt_op", OffsetDateTime.class).toInstant());
          session.setLastAccessedTime(row.get("laatst_gebruikt_op", OffsetDateTime.class).toInstant());
          session.setMaxInactiveInterval(Duration.ofSeconds(row.get("max_inactief_seconden", Integer.class)));
          return new Row(new WebSessie(session, session.getId()),
              new Sleutelbos.Versleuteld(row.get("sleutel_id", String.class), row.get("attributen", byte[].class)));
        })
        .one()
        .flatMap(this::withAttributes);
  }

  @Override
  public Mono<Void> deleteById(String id) {
    return db.sql("delete from web_sessie where id = :id").bind("id", id).then()
        .doOnSuccess(v -> beeindigd.tryEmitNext(id));
  }

  /** The ids of the sessions this replica ended (logout, a new id at login), as they end. */
  public Flux<String> beeindigd() {
    return beeindigd.asFlux();
  }

  /** Removes the sessions that expired; answers how many. */
  public Mono<Long> deleteExpired() {
    return db.sql("delete from web_sessie where verloopt_op <= now()").fetch().rowsUpdated();
  }

  private Mono<WebSessie> withAttributes(Row row) {
    if (!sleutels.kent(row.attributes().sleutelId())) {
      // a key this replica was not given (yet): another replica may have it, so the row stays
      log.warn("Web session is encrypted with key {}, which this replica does not have", row.attributes().sleutelId());
      return Mono.empty();
    }
    try {
      Map<String, Object> attributes = json.lees(sleutels.ontsleutel(row.attributes(), context(row.session().getId())));
      attributes.forEach(row.session()::setAttribute);
      return Mono.just(row.session());
    } catch (RuntimeException unreadable) {
      // the type a row names is no personal data, and says what an upgrade changed (or what was slipped in)
      String type = unreadable instanceof tools.jackson.databind.exc.InvalidTypeIdException ongeldig
          ? " naming type " + ongeldig.getTypeId() : "";
      log.warn("Web session could not be read back ({}{}); it is dropped", unreadable.getClass().getSimpleName(), type);
      return deleteById(row.session().getId()).then(Mono.empty());
    }
  }

  /** The associated data of a session's ciphertext: a row's attributes cannot be copied onto another session. */
  private static byte[] context(String id) {
    return ("web_sessie:" + id).getBytes(StandardCharsets.UTF_8);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private record Row(WebSessie session, Sleutelbos.Versleuteld attributes) {}
}
