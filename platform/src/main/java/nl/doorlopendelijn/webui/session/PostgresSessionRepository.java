package nl.doorlopendelijn.webui.session;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.session.MapSession;
import org.springframework.session.ReactiveSessionRepository;
import reactor.core.publisher.Mono;

/**
 * Web sessions in PostgreSQL (table {@code web_sessie}), so every replica sees every session and no sticky sessions
 * are needed. A session is one row; its attributes (security context, OAuth2 tokens, CSRF token) are serialized
 * with Java serialization, which every Spring Security type supports. The rows are written and read only by the
 * platform itself; the browser holds nothing but the id. A row that cannot be read back (e.g. after an upgrade
 * changed a class) counts as no session: the user logs in again.
 */
public class PostgresSessionRepository implements ReactiveSessionRepository<MapSession> {

  private static final Logger log = LoggerFactory.getLogger(PostgresSessionRepository.class);

  private final DatabaseClient db;
  private final Duration maxInactive;
  private final SerializingConverter serializer = new SerializingConverter();
  private final DeserializingConverter deserializer;

  private final reactor.core.publisher.Sinks.Many<String> beeindigd =
      reactor.core.publisher.Sinks.many().multicast().directBestEffort();

  public PostgresSessionRepository(DatabaseClient db, Duration maxInactive) {
    this.db = db;
    this.maxInactive = maxInactive;
    this.deserializer = new DeserializingConverter(PostgresSessionRepository.class.getClassLoader());
  }

  @Override
  public Mono<MapSession> createSession() {
    return Mono.fromSupplier(() -> {
      MapSession session = new MapSession();
      session.setMaxInactiveInterval(maxInactive);
      return session;
    });
  }

  @Override
  public Mono<Void> save(MapSession session) {
    Map<String, Object> attributes = new HashMap<>();
    session.getAttributeNames().forEach(name -> attributes.put(name, session.getAttribute(name)));
    byte[] bytes = serializer.convert(attributes);
    Instant lastAccessed = session.getLastAccessedTime();
    Mono<Void> upsert = db.sql("""
            insert into web_sessie (id, aangemaakt_op, laatst_gebruikt_op, max_inactief_seconden, verloopt_op, attributen)
            values (:id, :aangemaakt, :gebruikt, :maxInactief, :verloopt, :attributen)
            on conflict (id) do update set laatst_gebruikt_op = excluded.laatst_gebruikt_op,
              max_inactief_seconden = excluded.max_inactief_seconden, verloopt_op = excluded.verloopt_op,
              attributen = excluded.attributen""")
        .bind("id", session.getId())
        .bind("aangemaakt", utc(session.getCreationTime()))
        .bind("gebruikt", utc(lastAccessed))
        .bind("maxInactief", (int) session.getMaxInactiveInterval().toSeconds())
        .bind("verloopt", utc(lastAccessed.plus(session.getMaxInactiveInterval())))
        .bind("attributen", bytes)
        .then();
    // changeSessionId() (session fixation protection at login): the row moves to the new id.
    Mono<Void> dropOriginal = session.getId().equals(session.getOriginalId())
        ? Mono.empty() : deleteById(session.getOriginalId());
    return upsert.then(dropOriginal);
  }

  @Override
  public Mono<MapSession> findById(String id) {
    return db.sql("""
            select id, aangemaakt_op, laatst_gebruikt_op, max_inactief_seconden, attributen
            from web_sessie where id = :id and verloopt_op > now()""")
        .bind("id", id)
        .map((row, meta) -> {
          MapSession session = new MapSession(row.get("id", String.class));
          session.setCreationTime(row.get("aangemaakt_op", OffsetDateTime.class).toInstant());
          session.setLastAccessedTime(row.get("laatst_gebruikt_op", OffsetDateTime.class).toInstant());
          session.setMaxInactiveInterval(Duration.ofSeconds(row.get("max_inactief_seconden", Integer.class)));
          return new Row(session, row.get("attributen", byte[].class));
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
  public reactor.core.publisher.Flux<String> beeindigd() {
    return beeindigd.asFlux();
  }

  /** Removes the sessions that expired; answers how many. */
  public Mono<Long> deleteExpired() {
    return db.sql("delete from web_sessie where verloopt_op <= now()").fetch().rowsUpdated();
  }

  private Mono<MapSession> withAttributes(Row row) {
    try {
      @SuppressWarnings("unchecked")
      Map<String, Object> attributes = (Map<String, Object>) deserializer.convert(row.attributes());
      attributes.forEach(row.session()::setAttribute);
      return Mono.just(row.session());
    } catch (RuntimeException unreadable) {
      log.warn("Web session could not be read back ({}); it is dropped", unreadable.getClass().getSimpleName());
      return deleteById(row.session().getId()).then(Mono.empty());
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private record Row(MapSession session, byte[] attributes) {}
}
