package nl.doorlopendelijn.dossiers;

import static nl.doorlopendelijn.testsupport.TestIssuers.NOORDOOST_BRABANT;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestDatabase;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Personal data never reaches a log line or a table it does not belong in (issue 14). Marker values are planted
 * through the real API — a name, a V-nummer (in noordoost-brabant, which records them), a gids e-mail address, a
 * bearer token — the typical flows run (create, read, update, search, list, inzage, complete a milestone, read the
 * gids) with the root logger and the r2dbc, reactor-netty, Spring web and security loggers at DEBUG, and every
 * captured line (message and exceptions) is scanned. Then every column of every table is read as text by the
 * database owner: the name only in {@code dossier}, the V-nummer nowhere in plain text, neither in the audit log,
 * the idempotency keys, the outbox, the dashboard's tables or the web sessions.
 */
@PlatformTest
class GeenPersoonsgegevensInLogsTest {

  private static final TestIssuers issuers = TestIssuers.shared();
  private static final String NOB = "/api/v1/regios/noordoost-brabant/dossiers";
  private static final List<String> LUIDRUCHTIG = List.of("io.r2dbc", "reactor.netty", "org.springframework.web",
      "org.springframework.r2dbc", "org.springframework.http", "org.springframework.security", "nl.doorlopendelijn");

  /** Tables that may hold who a dossier is about (the V-nummer only encrypted). */
  private static final Set<String> PERSOONSTABELLEN = Set.of("dossier");

  /** Tables that may hold a note's onderwerp and text (the contactlog, V80). */
  private static final Set<String> NOTITIETABELLEN = Set.of("dossier_notitie", "dossier_notitie_versie");

  @Autowired
  WebTestClient web;

  @Test
  void eenRunMetMerktekensLaatNietsAchterInLogsOfVerkeerdeTabellen() throws Exception {
    String uniek = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String voornaam = "Qvoornaammerk" + uniek;
    String achternaam = "Zachternaammerk" + uniek;
    String nieuweAchternaam = "Wgewijzigdmerk" + uniek;
    String vNummer = String.valueOf(1_000_000_000L + (long) (Math.random() * 8_999_999_999L));
    String email = "merk" + uniek + "@gemeente.example";
    String coordinator = issuers.token(NOORDOOST_BRABANT, "merk-" + uniek, List.of("regio-coordinator"), Map.of());
    // a note's onderwerp and text may touch health data (AVG art. 9)
    String notitieOnderwerp = "Ronderwerpmerk" + uniek;
    String notitieTekst = "Sgezondheidsmerk" + uniek;
    String gecorrigeerdeTekst = "Tcorrectiemerk" + uniek;
    String tokenHandtekening = coordinator.substring(coordinator.lastIndexOf('.') + 1);

    LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> vanger = new ListAppender<>();
    vanger.start();
    root.addAppender(vanger);
    Map<Logger, Level> oud = new LinkedHashMap<>();
    oud.put(root, root.getLevel());
    for (String naam : LUIDRUCHTIG) {
      Logger l = ctx.getLogger(naam);
      oud.put(l, l.getLevel());
    }
    oud.keySet().forEach(l -> l.setLevel(Level.DEBUG));
    String id;
    try {
      UUID contact = gidscontact(email);
      web.get().uri("/api/v1/contactpersonen/{id}", contact).headers(h -> h.setBearerAuth(coordinator)).exchange()
          .expectStatus().isOk();

      Map<String, Object> invoer = DossierApi.invoer("GM0828", "AZC-OVERLOON", contact);
      invoer.put("persoon", Map.of("voornamen", voornaam, "achternaam", achternaam, "geboortedatum", "1988-03-04",
          "taal", "tir", "tolkNodig", true));
      invoer.put("vNummer", vNummer);
      invoer.put("coaReferentie", "COA-" + uniek);
      Map<String, Object> d = new DossierApi(web).maak(coordinator, NOORDOOST_BRABANT, invoer);
      id = (String) d.get("id");
      web.get().uri(NOB + "/{id}", id).headers(h -> h.setBearerAuth(coordinator)).exchange().expectStatus().isOk();
      invoer.put("persoon", Map.of("voornamen", voornaam, "achternaam", nieuweAchternaam));
      web.put().uri(NOB + "/{id}", id).headers(h -> {
        h.setBearerAuth(coordinator);
        h.setIfMatch("\"1\"");
      }).contentType(MediaType.APPLICATION_JSON).bodyValue(invoer).exchange().expectStatus().isOk();
      web.post().uri(NOB + "/zoekopdrachten").headers(h -> h.setBearerAuth(coordinator))
          .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("tekst", nieuweAchternaam))
          .exchange().expectStatus().isOk().expectBody().jsonPath("$.dossiers[0].id").isEqualTo(id);
      web.get().uri(NOB + "?paginaGrootte=100").headers(h -> h.setBearerAuth(coordinator)).exchange()
          .expectStatus().isOk();
      web.get().uri(NOB + "/{id}/inzage", id).headers(h -> h.setBearerAuth(coordinator)).exchange()
          .expectStatus().isOk().expectBody().jsonPath("$.dossier.persoon.achternaam").isEqualTo(nieuweAchternaam);
      web.post().uri(NOB + "/{id}/mijlpalen/kennismaking/afrondingen", id)
          .headers(h -> {
            h.setBearerAuth(coordinator);
            h.set("Idempotency-Key", "merk-" + uniek);
          })
          .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("notitie", "kennismaking gehad"))
          .exchange().expectStatus().isCreated();
      // the contactlog: a note (it may hold health data), read, corrected, and one refused for its length
      String notitie = (String) web.post().uri(NOB + "/{id}/notities", id).headers(h -> {
            h.setBearerAuth(coordinator);
            h.set("Idempotency-Key", "notitie-" + uniek);
          })
          .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("onderwerp", notitieOnderwerp, "tekst",
              notitieTekst))
          .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");
      web.get().uri(NOB + "/{id}/notities", id).headers(h -> h.setBearerAuth(coordinator)).exchange()
          .expectStatus().isOk();
      web.put().uri(NOB + "/{id}/notities/{n}", id, notitie).headers(h -> {
        h.setBearerAuth(coordinator);
        h.setIfMatch("\"1\"");
      }).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("onderwerp", notitieOnderwerp, "tekst",
          gecorrigeerdeTekst)).exchange().expectStatus().isOk();
      web.post().uri(NOB + "/{id}/notities", id).headers(h -> h.setBearerAuth(coordinator))
          .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("onderwerp", notitieOnderwerp, "tekst",
              notitieTekst + "x".repeat(2000)))
          .exchange().expectStatus().isBadRequest();
      // a refused one too: its problem answer and its log lines name nothing either
      invoer.put("persoon", Map.of("voornamen", voornaam + "\n", "achternaam", achternaam));
      web.post().uri(NOB).headers(h -> h.setBearerAuth(coordinator)).contentType(MediaType.APPLICATION_JSON)
          .bodyValue(invoer).exchange().expectStatus().isBadRequest();
    } finally {
      oud.forEach(Logger::setLevel);
      root.detachAppender(vanger);
    }

    List<String> merktekens = List.of(voornaam, achternaam, nieuweAchternaam, vNummer, email, tokenHandtekening,
        achternaam.toLowerCase(Locale.ROOT), nieuweAchternaam.toLowerCase(Locale.ROOT), email.toLowerCase(Locale.ROOT),
        notitieOnderwerp, notitieTekst, gecorrigeerdeTekst);
    assertThat(vanger.list).as("vastgelegde logregels").hasSizeGreaterThan(100);
    List<String> lekken = new ArrayList<>();
    for (ILoggingEvent e : vanger.list) {
      String regel = e.getLoggerName() + " " + e.getFormattedMessage() + uitzondering(e.getThrowableProxy());
      merktekens.stream().filter(regel::contains)
          .forEach(m -> lekken.add(e.getLoggerName() + ": " + regel.substring(0, Math.min(300, regel.length()))));
    }
    assertThat(lekken).as("logregels met een merkteken").isEmpty();

    // in the database: the name only where it belongs, the V-nummer nowhere readable
    Map<String, List<String>> gevonden = zoekInDatabase(List.of(voornaam, achternaam, nieuweAchternaam,
        nieuweAchternaam.toLowerCase(Locale.ROOT), vNummer));
    assertThat(gevonden.keySet()).as("tabellen met een naam").isSubsetOf(PERSOONSTABELLEN);
    assertThat(gevonden.values().stream().flatMap(List::stream)).as("het V-nummer leesbaar").doesNotContain(vNummer);
    assertThat(gevonden.get("dossier")).as("de naam staat bij het dossier").contains(nieuweAchternaam);

    // the note's onderwerp and text only in the contactlog's own tables: not in the history, audit, outbox, keys
    Map<String, List<String>> notities = zoekInDatabase(List.of(notitieOnderwerp, notitieTekst, gecorrigeerdeTekst));
    assertThat(notities.keySet()).as("tabellen met de tekst van een notitie").isSubsetOf(NOTITIETABELLEN);
    assertThat(notities.get("dossier_notitie")).contains(notitieOnderwerp, gecorrigeerdeTekst);
    assertThat(notities.get("dossier_notitie_versie")).as("de eerdere tekst blijft").contains(notitieTekst);
  }

  private static String uitzondering(IThrowableProxy t) {
    StringBuilder b = new StringBuilder();
    for (IThrowableProxy p = t; p != null; p = p.getCause()) {
      b.append(' ').append(p.getClassName()).append(": ").append(p.getMessage());
    }
    return b.toString();
  }

  /** Per table the markers found in any of its rows as text (as the owner, in every tenant of the test). */
  private static Map<String, List<String>> zoekInDatabase(List<String> merktekens) throws Exception {
    Map<String, List<String>> gevonden = new LinkedHashMap<>();
    try (Connection c = TestDatabase.shared().connectAsOwner()) {
      List<String> tabellen = new ArrayList<>();
      try (var st = c.createStatement(); ResultSet rs = st.executeQuery("select table_name from"
          + " information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'")) {
        while (rs.next()) {
          tabellen.add(rs.getString(1));
        }
      }
      for (UUID tenant : List.of(Region.idFor(NOORDOOST_BRABANT), Region.idFor("hart-van-brabant"))) {
        try (var ps = c.prepareStatement("select set_config('app.tenant_id', ?, false)")) {
          ps.setString(1, tenant.toString());
          ps.execute();
        }
        for (String t : tabellen) {
          for (String m : merktekens) {
            try (var ps = c.prepareStatement("select count(*) from " + t + " x where x::text like ?")) {
              ps.setString(1, "%" + m + "%");
              try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                  gevonden.computeIfAbsent(t, k -> new ArrayList<>()).add(m);
                }
              }
            }
          }
        }
      }
    }
    return gevonden;
  }

  /** A gids contact with the marker e-mail address (work e-mail, still never in a log line). */
  private static UUID gidscontact(String email) throws Exception {
    UUID id = UUID.randomUUID();
    try (Connection c = TestDatabase.shared().connectAsOwner(); var ps = c.prepareStatement("""
        insert into contactpersoon (id, organisatie_id, naam, functie, email, zoektekst)
        select ?, id, 'Merk Contact', 'klantregisseur', ?, 'merk contact klantregisseur'
        from organisatie where azc_code = 'AZC-OISTERWIJK'""")) {
      ps.setObject(1, id);
      ps.setString(2, email);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
    return id;
  }
}
