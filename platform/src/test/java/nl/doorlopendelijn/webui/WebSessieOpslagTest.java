package nl.doorlopendelijn.webui;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.time.Duration;
import java.time.Instant;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestDatabase;
import nl.doorlopendelijn.webui.session.PostgresSessionRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.session.web.server.session.SpringSessionWebSessionStore;
import org.springframework.web.server.WebSession;
import reactor.test.StepVerifier;

/**
 * Web sessions live in PostgreSQL: a session written by one replica is read by another, survives the login's
 * change of session id, and is gone once it expired.
 */
@PlatformTest
class WebSessieOpslagTest {

  @Autowired
  DatabaseClient db;

  /** The second "replica": its own connections to the same database, its own store. */
  private static SpringSessionWebSessionStore<?> tweedeReplica() {
    var s = TestDatabase.shared();
    ConnectionFactory cf = ConnectionFactories.get(ConnectionFactoryOptions.parse(s.r2dbcUrl()).mutate()
        .option(ConnectionFactoryOptions.USER, s.appUser())
        .option(ConnectionFactoryOptions.PASSWORD, s.appPassword()).build());
    return new SpringSessionWebSessionStore<>(
        new PostgresSessionRepository(DatabaseClient.create(cf), Duration.ofMinutes(30)));
  }

  private SpringSessionWebSessionStore<?> eersteReplica() {
    return new SpringSessionWebSessionStore<>(new PostgresSessionRepository(db, Duration.ofMinutes(30)));
  }

  @Test
  void sessieVanDeEneReplicaIsLeesbaarOpDeAndere() {
    var eerste = eersteReplica();
    var tweede = tweedeReplica();

    WebSession sessie = eerste.createWebSession().block();
    sessie.getAttributes().put("voorbeeld", "waarde-" + sessie.getId());
    sessie.save().block();

    StepVerifier.create(tweede.retrieveSession(sessie.getId()))
        .assertNext(gelezen -> assertThat((String) gelezen.getAttribute("voorbeeld")).isEqualTo("waarde-" + sessie.getId()))
        .verifyComplete();
  }

  @Test
  void nieuwSessieIdBijInloggenVerhuistDeSessie() {
    var eerste = eersteReplica();
    var tweede = tweedeReplica();
    WebSession sessie = eerste.createWebSession().block();
    sessie.getAttributes().put("voorbeeld", "x");
    sessie.save().block();
    String oud = sessie.getId();

    sessie.changeSessionId().block();
    sessie.save().block();

    assertThat(sessie.getId()).isNotEqualTo(oud);
    StepVerifier.create(tweede.retrieveSession(oud)).verifyComplete();
    StepVerifier.create(tweede.retrieveSession(sessie.getId()))
        .assertNext(gelezen -> assertThat((String) gelezen.getAttribute("voorbeeld")).isEqualTo("x"))
        .verifyComplete();
  }

  @Test
  void verlopenSessieBestaatNietMeerEnWordtOpgeruimd() {
    var repository = new PostgresSessionRepository(db, Duration.ofMinutes(30));
    var sessie = repository.createSession().block();
    sessie.setAttribute("voorbeeld", "x");
    sessie.setLastAccessedTime(Instant.now().minus(Duration.ofHours(1)));
    repository.save(sessie).block();

    StepVerifier.create(repository.findById(sessie.getId())).verifyComplete();
    StepVerifier.create(repository.deleteExpired()).assertNext(n -> assertThat(n).isGreaterThanOrEqualTo(1))
        .verifyComplete();
    StepVerifier.create(db.sql("select count(*) from web_sessie where id = :id").bind("id", sessie.getId())
        .map(r -> r.get(0, Long.class)).one()).expectNext(0L).verifyComplete();
  }

  @Test
  void onleesbareSessieTeltAlsGeenSessie() {
    var repository = new PostgresSessionRepository(db, Duration.ofMinutes(30));
    String id = "kapot-" + java.util.UUID.randomUUID();
    db.sql("""
        insert into web_sessie (id, aangemaakt_op, laatst_gebruikt_op, max_inactief_seconden, verloopt_op, attributen)
        values (:id, now(), now(), 1800, now() + interval '30 minutes', :b)""")
        .bind("id", id).bind("b", new byte[] {1, 2, 3}).then().block();

    StepVerifier.create(repository.findById(id)).verifyComplete();
  }
}
