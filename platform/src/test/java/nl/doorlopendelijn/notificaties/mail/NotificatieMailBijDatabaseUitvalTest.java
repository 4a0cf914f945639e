package nl.doorlopendelijn.notificaties.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.doorlopendelijn.notificaties.Bezorging;
import nl.doorlopendelijn.notificaties.NotificatieSoort;
import nl.doorlopendelijn.outbox.Outbox;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.testsupport.DatabaseUitvalContext;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The database dies between the commit of a notificatie and its mail, and comes back: nothing is lost, nothing is
 * doubled. Once before the dispatcher read anything (the mails wait in the outbox), once while mails are going out
 * (some sent, their bookkeeping perhaps not: sent again with the same Message-ID). The test counts distinct
 * Message-IDs against the notificaties. The platform on an embedded PostgreSQL of its own that the test stops and
 * starts again on the same data and port: the outage context ({@link DatabaseUitvalContext}, shared with
 * {@code DatabaseOutageTest}), with short outbox rounds and retries.
 */
class NotificatieMailBijDatabaseUitvalTest extends DatabaseUitvalContext {

  private static final String REGIO = TestIssuers.HART_VAN_BRABANT;
  private static final UUID TENANT = Region.idFor(REGIO);
  private static final Duration RUIM = Duration.ofSeconds(60);

  @Autowired WebTestClient web;
  @Autowired TenantTransactions tx;
  @Autowired DatabaseClient db;
  @Autowired Outbox outbox;
  @Autowired RegionRegistry regios;
  @Autowired ApplicationContext context;

  @Test
  void eenDatabaseDieTussenCommitEnVerzendenWegvaltVerliestNietsEnVerdubbeltNiets() throws Exception {
    regios.all().then().block(RUIM);
    MailProef proef = new MailProef(web, tx, db, outbox, settings);
    var ontvanger = proef.ontvanger("GM0855");
    List<MailProef.Persoon> personen = new ArrayList<>();
    List<MailProef.Dossier> dossiers = new ArrayList<>();
    for (int i = 0; i < 2 * NotificatieSoort.values().length; i++) {
      MailProef.Persoon p = MailProef.persoon();
      personen.add(p);
      dossiers.add(proef.dossier(REGIO, "GM0855", p, false));
    }

    // 1. committed, then the database dies before the dispatcher read anything
    SmartLifecycle dispatcher = context.getBean("outboxDispatcher", SmartLifecycle.class);
    dispatcher.stop();
    List<UUID> eerst = new ArrayList<>();
    for (NotificatieSoort soort : NotificatieSoort.values()) {
      eerst.add(proef.notificatie(TENANT, ontvanger.getKey(), soort, dossiers.get(eerst.size()), null,
          Bezorging.DIRECT));
    }
    databaseStopt();
    dispatcher.start();
    Thread.sleep(1500);
    assertThat(MailProef.aan(ontvanger.getValue())).as("nothing can be read while the database is down").isEmpty();
    databaseStart();
    await().atMost(RUIM).until(() -> messageIds(ontvanger.getValue()).containsAll(ids(eerst)));
    assertThat(messageIds(ontvanger.getValue())).isEqualTo(ids(eerst));
    assertThat(MailProef.aan(ontvanger.getValue())).hasSize(eerst.size());

    // 2. the database dies while the mails go out: as soon as the first one of these arrived
    List<UUID> daarna = new ArrayList<>();
    for (NotificatieSoort soort : NotificatieSoort.values()) {
      daarna.add(proef.notificatie(TENANT, ontvanger.getKey(), soort,
          dossiers.get(NotificatieSoort.values().length + daarna.size()), null, Bezorging.DIRECT));
    }
    Set<String> tweede = ids(daarna);
    await().pollInterval(Duration.ofMillis(5)).atMost(RUIM)
        .until(() -> messageIds(ontvanger.getValue()).stream().anyMatch(tweede::contains));
    databaseStopt();
    Thread.sleep(1500);
    databaseStart();
    await().atMost(RUIM).until(() -> messageIds(ontvanger.getValue()).containsAll(tweede));

    List<UUID> alle = new ArrayList<>(eerst);
    alle.addAll(daarna);
    List<MimeMessage> mails = MailProef.aan(ontvanger.getValue());
    assertThat(messageIds(ontvanger.getValue())).as("distinct Message-IDs are the notificaties").isEqualTo(ids(alle));
    assertThat(mails.size()).isGreaterThanOrEqualTo(alle.size());
    for (MimeMessage m : mails) {
      String tekst = MailProef.alles(m);
      for (MailProef.Persoon p : personen) {
        for (String verboden : p.verboden()) {
          assertThat(tekst).doesNotContainIgnoringCase(verboden);
        }
      }
    }
  }

  private static Set<String> messageIds(String adres) {
    return MailProef.aan(adres).stream().map(MailProef::messageId).collect(Collectors.toSet());
  }

  private static Set<String> ids(List<UUID> notificaties) {
    return notificaties.stream().map(MailProef::messageIdVan).collect(Collectors.toSet());
  }
}
