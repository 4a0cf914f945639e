package nl.doorlopendelijn.notificaties.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import biweekly.Biweekly;
import biweekly.ICalendar;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.doorlopendelijn.notificaties.Bezorging;
import nl.doorlopendelijn.notificaties.NotificatieSoort;
import nl.doorlopendelijn.notificaties.NotificatieTeMailen;
import nl.doorlopendelijn.outbox.Outbox;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.testsupport.IdempotentieProef;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestContactpersonen;
import nl.doorlopendelijn.testsupport.TestDatabase;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The notificaties' e-mail against a real SMTP server (GreenMail), the real outbox and real PostgreSQL: every soort
 * gives one mail with its own Message-ID; a repeat sends the same Message-ID again (never a second one), so distinct
 * Message-IDs are exactly the notificaties; a dispatcher that died between commit and send loses nothing; the digest
 * holds exactly the day's items; no mail names the inburgeraar (each dossier is about a person with a distinctive
 * name, searched in every mail's subject, text and attachment).
 */
@PlatformTest
class NotificatieMailTest {

  /** A region that records V-nummers, so a mail could leak one. */
  private static final String REGIO = "noordoost-brabant";
  private static final String GEMEENTE = "GM0828";
  private static final UUID NOB = Region.idFor(REGIO);
  private static final Duration RUIM = Duration.ofSeconds(30);
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @Autowired WebTestClient web;
  @Autowired TenantTransactions tx;
  @Autowired DatabaseClient db;
  @Autowired Outbox outbox;
  @Autowired NotificatieMails notificatieMails;
  @Autowired Dagoverzichten dagoverzichten;
  @Autowired ApplicationContext context;
  @Autowired Clock klok;

  private MailProef proef;
  private final List<MailProef.Persoon> personen = new ArrayList<>();

  @BeforeEach
  void proef() {
    proef = new MailProef(web, tx, db, outbox, TestDatabase.shared());
  }

  @AfterEach
  void dispatcherLoopt() {
    SmartLifecycle d = dispatcher();
    if (!d.isRunning()) {
      d.start();
    }
  }

  private MailProef.Dossier dossier() {
    MailProef.Persoon p = MailProef.persoon();
    personen.add(p);
    return proef.dossier(REGIO, GEMEENTE, p, true);
  }

  @Autowired nl.doorlopendelijn.tenancy.RegionRegistry regios;

  @Test
  void elkeSoortGeeftEenMailMetEenEigenMessageIdEnZonderPersoonsgegevens() throws Exception {
    String regioNaam = regios.bySlug(REGIO).block(RUIM).naam();
    var ontvanger = proef.ontvanger(GEMEENTE);
    Map<NotificatieSoort, UUID> ids = new EnumMap<>(NotificatieSoort.class);
    Map<NotificatieSoort, MailProef.Dossier> dossiers = new EnumMap<>(NotificatieSoort.class);
    UUID gesprek = null;
    for (NotificatieSoort soort : NotificatieSoort.values()) {
      MailProef.Dossier d = dossier();
      dossiers.put(soort, d);
      UUID g = soort == NotificatieSoort.GESPREK_GEPLAND ? gesprek = gesprek(d) : null;
      ids.put(soort, proef.notificatie(NOB, ontvanger.getKey(), soort, d, g, Bezorging.DIRECT));
    }

    await().atMost(RUIM).until(() -> MailProef.aan(ontvanger.getValue()).size() >= NotificatieSoort.values().length);
    List<MimeMessage> mails = MailProef.aan(ontvanger.getValue());
    assertThat(mails).hasSize(NotificatieSoort.values().length);
    assertThat(mails.stream().map(MailProef::messageId).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(ids.values().stream().map(MailProef::messageIdVan).toList());

    for (NotificatieSoort soort : NotificatieSoort.values()) {
      MailProef.Dossier d = dossiers.get(soort);
      MimeMessage m = mails.stream().filter(x -> MailProef.messageId(x).equals(MailProef.messageIdVan(ids.get(soort))))
          .findFirst().orElseThrow();
      assertThat(m.getSubject()).as(soort.code()).isEqualTo(soort.label() + " – dossier " + d.nummer());
      String alles = MailProef.alles(m);
      assertThat(alles).as(soort.code()).contains(d.nummer(), "Regio: " + regioNaam,
          "http://localhost:8080/regio/" + REGIO + "/dossiers/" + d.id());
      assertThat(m.getFrom()[0].toString()).contains("noreply@doorlopendelijn.nl");
      List<BodyPart> ics = MailProef.delen(m, "text/calendar");
      if (soort == NotificatieSoort.GESPREK_GEPLAND) {
        assertThat(ics).hasSize(1);
        assertThat(ics.get(0).getContentType()).contains("method=REQUEST");
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        ics.get(0).getInputStream().transferTo(uit);
        ICalendar ical = Biweekly.parse(uit.toString(StandardCharsets.UTF_8)).first();
        assertThat(ical.getEvents().get(0).getUid().getValue()).isEqualTo(gesprek + "@doorlopendelijn.nl");
        assertThat(ical.getEvents().get(0).getSummary().getValue()).contains(d.nummer());
      } else {
        assertThat(ics).as(soort.code()).isEmpty();
      }
      if (soort == NotificatieSoort.MIJLPAAL_TE_LAAT) {
        assertThat(alles).contains("Mijlpaal: ");
      }
    }
    geenPersoonsgegevensIn(mails);
    await().atMost(RUIM).until(() -> ids.values().stream().allMatch(this::gemaild));
  }

  @Test
  void eenHerhaaldeAfleveringStuurtDezelfdeMessageIdEnEenGemaildeNietsMeer() {
    var ontvanger = proef.ontvanger(GEMEENTE);
    UUID id = proef.notificatie(NOB, ontvanger.getKey(), NotificatieSoort.NIEUW_DOSSIER, dossier(), null,
        Bezorging.DIRECT);
    await().atMost(RUIM).until(() -> gemaild(id));
    assertThat(MailProef.aan(ontvanger.getValue())).hasSize(1);

    // the send succeeded, the bookkeeping did not (a crash, the database gone): the outbox delivers the event again
    owner("update notificatie set gemaild_op = null where id = ?", id);
    notificatieMails.on(new NotificatieTeMailen(NOB, id), UUID.randomUUID()).block(RUIM);
    List<MimeMessage> mails = MailProef.aan(ontvanger.getValue());
    assertThat(mails).hasSize(2);
    assertThat(mails.stream().map(MailProef::messageId).distinct()).containsExactly(MailProef.messageIdVan(id));

    // mailed and marked: a further repeat sends nothing
    assertThat(gemaild(id)).isTrue();
    notificatieMails.on(new NotificatieTeMailen(NOB, id), UUID.randomUUID()).block(RUIM);
    assertThat(MailProef.aan(ontvanger.getValue())).hasSize(2);
    geenPersoonsgegevensIn(mails);
  }

  @Test
  void eenDispatcherDieNaDeCommitStierfVerliestNietsEnVerdubbeltNiets() {
    var ontvanger = proef.ontvanger(GEMEENTE);
    dispatcher().stop();
    List<UUID> ids = new ArrayList<>();
    for (NotificatieSoort soort : NotificatieSoort.values()) {
      ids.add(proef.notificatie(NOB, ontvanger.getKey(), soort, dossier(), null, Bezorging.DIRECT));
    }
    // the process took the deliveries (a claim with its lease) and died before sending
    for (UUID id : ids) {
      owner("update outbox set locked_until = now() + interval '1 hour', attempts = attempts + 1"
          + " where payload ->> 'notificatieId' = ?", id.toString());
    }
    dispatcher().start();
    await().pollDelay(Duration.ofSeconds(1)).atMost(RUIM).until(() -> true);
    assertThat(MailProef.aan(ontvanger.getValue())).as("the lease still holds").isEmpty();

    // the lease runs out: the restarted dispatcher takes them
    for (UUID id : ids) {
      owner("update outbox set locked_until = now() - interval '1 second', next_attempt_at = now()"
          + " where payload ->> 'notificatieId' = ?", id.toString());
    }
    await().atMost(RUIM).until(() -> ids.stream().allMatch(this::gemaild));
    List<MimeMessage> mails = MailProef.aan(ontvanger.getValue());
    assertThat(mails.stream().map(MailProef::messageId).collect(Collectors.toSet()))
        .isEqualTo(ids.stream().map(MailProef::messageIdVan).collect(Collectors.toSet()));
    assertThat(mails).hasSize(ids.size());
    geenPersoonsgegevensIn(mails);
  }

  @Test
  void hetDagoverzichtBevatPreciesDeItemsVanDeDag() throws Exception {
    var ontvanger = proef.ontvanger(GEMEENTE);
    Map<UUID, MailProef.Dossier> vandaag = new LinkedHashMap<>();
    for (NotificatieSoort soort : NotificatieSoort.values()) {
      MailProef.Dossier d = dossier();
      vandaag.put(proef.notificatie(NOB, ontvanger.getKey(), soort, d, null, Bezorging.DAGELIJKS), d);
    }
    MailProef.Dossier direct = dossier();
    UUID directId = proef.notificatie(NOB, ontvanger.getKey(), NotificatieSoort.NIEUW_DOSSIER, direct, null,
        Bezorging.DIRECT);
    MailProef.Dossier uit = dossier();
    proef.notificatie(NOB, ontvanger.getKey(), NotificatieSoort.NIEUW_DOSSIER, uit, null, Bezorging.UIT);
    await().atMost(RUIM).until(() -> gemaild(directId));

    LocalDate dag = LocalDate.now(klok);
    dagoverzichten.maak(dag).block(RUIM);
    UUID dagoverzicht = dagoverzichtVan(ontvanger.getKey(), dag);
    await().atMost(RUIM).until(() -> MailProef.aan(ontvanger.getValue()).size() == 2);
    MimeMessage m = MailProef.aan(ontvanger.getValue()).stream()
        .filter(x -> MailProef.messageId(x).equals(MailProef.messageIdVan(dagoverzicht))).findFirst().orElseThrow();
    assertThat(m.getSubject()).startsWith("Dagoverzicht van ").endsWith(": " + vandaag.size() + " notificaties");
    String tekst = MailProef.alles(m);
    for (MailProef.Dossier d : vandaag.values()) {
      assertThat(tekst).contains("Dossier: " + d.nummer(),
          "http://localhost:8080/regio/" + REGIO + "/dossiers/" + d.id());
    }
    for (NotificatieSoort soort : NotificatieSoort.values()) {
      assertThat(tekst).contains("- " + soort.label());
    }
    assertThat(tekst).doesNotContain(direct.nummer()).doesNotContain(uit.nummer());
    await().atMost(RUIM).until(() -> vandaag.keySet().stream().allMatch(this::gemaild));

    // the same day again (another replica, a restart): no second digest; a later item goes into tomorrow's
    dagoverzichten.maak(dag).block(RUIM);
    MailProef.Dossier later = dossier();
    UUID laterId = proef.notificatie(NOB, ontvanger.getKey(), NotificatieSoort.KLANTPROFIEL_BIJGEWERKT, later, null,
        Bezorging.DAGELIJKS);
    dagoverzichten.maak(dag).block(RUIM);
    await().pollDelay(Duration.ofMillis(500)).atMost(RUIM).until(() -> true);
    assertThat(MailProef.aan(ontvanger.getValue())).hasSize(2);
    dagoverzichten.maak(dag.plusDays(1)).block(RUIM);
    await().atMost(RUIM).until(() -> gemaild(laterId));
    List<MimeMessage> mails = MailProef.aan(ontvanger.getValue());
    assertThat(mails).hasSize(3);
    String morgen = MailProef.alles(mails.get(2));
    assertThat(mails.get(2).getSubject()).endsWith(": 1 notificatie");
    assertThat(morgen).contains(later.nummer());
    vandaag.values().forEach(d -> assertThat(morgen).doesNotContain(d.nummer()));
    geenPersoonsgegevensIn(mails);
  }

  @Test
  void eenNieuwDossierEnEenGeplandGesprekBereikenDeGekoppeldeContactpersoonPerMail() throws Exception {
    var ontvanger = proef.ontvanger(GEMEENTE);
    owner("update contactpersoon set koppeling_issuer = ?, koppeling_subject = ?, koppeling_status = 'bevestigd',"
        + " koppeling_aangevraagd_op = now(), koppeling_bevestigd_op = now() where id = ?",
        "https://issuer.voorbeeld.nl/" + ontvanger.getKey(), "gebruiker-" + ontvanger.getKey(), ontvanger.getKey());

    // the dossiers' own events, through the notificaties module: a new dossier for her gemeente
    MailProef.Dossier d = dossier();
    await().atMost(RUIM).until(() -> MailProef.aan(ontvanger.getValue()).size() == 1);
    MimeMessage nieuw = MailProef.aan(ontvanger.getValue()).get(0);
    assertThat(nieuw.getSubject()).isEqualTo(NotificatieSoort.NIEUW_DOSSIER.label() + " – dossier " + d.nummer());

    // a gesprek planned with her: its invitation attached
    UUID gesprek = gesprek(d, ontvanger.getKey());
    await().atMost(RUIM).until(() -> MailProef.aan(ontvanger.getValue()).size() == 2);
    MimeMessage gepland = MailProef.aan(ontvanger.getValue()).get(1);
    assertThat(gepland.getSubject()).isEqualTo(NotificatieSoort.GESPREK_GEPLAND.label() + " – dossier " + d.nummer());
    List<BodyPart> ics = MailProef.delen(gepland, "text/calendar");
    assertThat(ics).hasSize(1);
    assertThat(MailProef.alles(gepland)).contains("UID:" + gesprek + "@doorlopendelijn.nl");
    assertThat(Set.of(MailProef.messageId(nieuw), MailProef.messageId(gepland))).hasSize(2);
    geenPersoonsgegevensIn(MailProef.aan(ontvanger.getValue()));
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private void geenPersoonsgegevensIn(List<MimeMessage> mails) {
    assertThat(mails).isNotEmpty();
    for (MimeMessage m : mails) {
      String alles = MailProef.alles(m);
      for (MailProef.Persoon p : personen) {
        for (String verboden : p.verboden()) {
          assertThat(alles).as("a mail names " + verboden).doesNotContainIgnoringCase(verboden);
        }
      }
    }
  }

  private UUID gesprek(MailProef.Dossier d) {
    return gesprek(d, TestContactpersonen.vanGemeente(GEMEENTE));
  }

  private UUID gesprek(MailProef.Dossier d, UUID klantregisseur) {
    UUID casemanager = TestContactpersonen.nieuw("AZC-OISTERWIJK");
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("soort", "driegesprek-voor-verhuizing");
    b.put("begintOp", LocalDate.now(klok.withZone(AMSTERDAM)).plusDays(1).atTime(10, 0).atZone(AMSTERDAM)
        .toOffsetDateTime().toString());
    b.put("duurMinuten", 60);
    b.put("vorm", "online");
    b.put("locatie", "https://video.voorbeeld.nl/kamer/1");
    b.put("deelnemers", List.of(casemanager.toString(), klantregisseur.toString()));
    @SuppressWarnings("unchecked")
    Map<String, Object> g = web.post().uri("/api/v1/regios/{regio}/dossiers/{id}/gesprekken", REGIO, d.id())
        .headers(h -> h.setBearerAuth(TestIssuers.shared().regioCoordinator(REGIO)))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(b)
        .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    return UUID.fromString((String) g.get("id"));
  }

  private SmartLifecycle dispatcher() {
    return context.getBean("outboxDispatcher", SmartLifecycle.class);
  }

  private boolean gemaild(UUID notificatie) {
    return IdempotentieProef.tel(NOB, "select count(*) from notificatie where id = ? and gemaild_op is not null",
        notificatie) == 1;
  }

  private UUID dagoverzichtVan(UUID ontvanger, LocalDate dag) {
    return alsEigenaar(c -> {
      try (var q = c.prepareStatement("select id from notificatie_dagoverzicht where ontvanger_id = ? and datum = ?")) {
        q.setObject(1, ontvanger);
        q.setObject(2, dag);
        try (var rs = q.executeQuery()) {
          assertThat(rs.next()).as("a digest of " + dag).isTrue();
          return rs.getObject(1, UUID.class);
        }
      }
    });
  }

  /** As the schema owner in Hart van Brabant's tenant (the tables force row-level security on their owner too). */
  private static void owner(String sql, Object... args) {
    alsEigenaar(c -> {
      try (var q = c.prepareStatement(sql)) {
        for (int i = 0; i < args.length; i++) {
          q.setObject(i + 1, args[i]);
        }
        return q.executeUpdate();
      }
    });
  }

  interface Werk<T> {
    T met(java.sql.Connection c) throws java.sql.SQLException;
  }

  private static <T> T alsEigenaar(Werk<T> werk) {
    try (var c = TestDatabase.shared().connectAsOwner()) {
      c.setAutoCommit(false);
      try (var bind = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
        bind.setString(1, NOB.toString());
        bind.execute();
      }
      T t = werk.met(c);
      c.commit();
      return t;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
