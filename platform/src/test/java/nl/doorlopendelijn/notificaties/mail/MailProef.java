package nl.doorlopendelijn.notificaties.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.doorlopendelijn.kernel.Ids;
import nl.doorlopendelijn.notificaties.Bezorging;
import nl.doorlopendelijn.notificaties.NotificatieSoort;
import nl.doorlopendelijn.notificaties.NotificatieTeMailen;
import nl.doorlopendelijn.outbox.Outbox;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.testsupport.TestDatabase;
import nl.doorlopendelijn.testsupport.TestIssuers;
import nl.doorlopendelijn.testsupport.TestPersonen;
import nl.doorlopendelijn.testsupport.TestSmtp;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/**
 * What the mail tests share: a recipient in the gids with an address of her own (so a test reads only its mails), a
 * dossier about a person with a distinctive name (through the API, so the mails could hold it if they leaked it), a
 * notificatie row and its {@link NotificatieTeMailen} published through the outbox in one tenant transaction (as
 * the notificaties module does), and the text of a mail as a reader sees it: subject, every part, every attachment.
 */
final class MailProef {

  private static final AtomicInteger VOLGNUMMER = new AtomicInteger();

  /** A person of a dossier: names and a V-nummer no mail may hold. */
  record Persoon(String voornamen, String achternaam, String vNummer) {
    List<String> verboden() {
      return List.of(voornamen, achternaam, vNummer);
    }
  }

  record Dossier(UUID id, String nummer, Persoon persoon) {}

  private final WebTestClient web;
  private final TenantTransactions tx;
  private final DatabaseClient db;
  private final Outbox outbox;
  private final TestDatabase.Settings database;

  MailProef(WebTestClient web, TenantTransactions tx, DatabaseClient db, Outbox outbox,
      TestDatabase.Settings database) {
    this.web = web;
    this.tx = tx;
    this.db = db;
    this.outbox = outbox;
    this.database = database;
  }

  /** Distinctive and unique: "Zephyrine Quorndal-7" would stand out in any text. */
  static Persoon persoon() {
    int n = VOLGNUMMER.incrementAndGet();
    String[] voornamen = {"Zephyrine", "Oswaldina", "Barnabé", "Thelonius", "Kwabenaatje"};
    String[] achternamen = {"Quorndal", "Vexhaven", "Pimpelmeesch", "Drovoskar", "Ulmenbrecht"};
    long vnummer = 3_000_000_000L + (System.nanoTime() % 1_000_000_000L) + n;
    return new Persoon(voornamen[n % voornamen.length] + n, achternamen[n % achternamen.length] + n,
        String.valueOf(vnummer));
  }

  /** A new active gids entry of gemeente {@code cbsCode} with a unique work address; returns {id, address}. */
  Map.Entry<UUID, String> ontvanger(String cbsCode) {
    UUID id = UUID.randomUUID();
    String adres = "ontvanger-" + id + "@voorbeeld.nl";
    try (Connection c = database.connectAsOwner()) {
      try (PreparedStatement ps = c.prepareStatement("""
          insert into organisatie (id, type, naam, cbs_code)
          values (md5('doorlopendelijn:organisatie:' || ?)::uuid, 'gemeente', ?, ?)
          on conflict do nothing""")) {
        ps.setString(1, cbsCode);
        ps.setString(2, "Gemeente " + cbsCode);
        ps.setString(3, cbsCode);
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement("""
          insert into contactpersoon (id, organisatie_id, naam, functie, email, zoektekst)
          select ?, id, 'Test Ontvanger', 'klantregisseur', ?, 'test ontvanger'
          from organisatie where cbs_code = ?""")) {
        ps.setObject(1, id);
        ps.setString(2, adres);
        ps.setString(3, cbsCode);
        assertThat(ps.executeUpdate()).isOne();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return Map.entry(id, adres);
  }

  /**
   * A dossier of the gemeente at azc Oisterwijk, through the API as the region's coördinator, about {@code p}, with
   * her V-nummer where the region records them.
   */
  @SuppressWarnings("unchecked")
  Dossier dossier(String regio, String gemeente, Persoon p, boolean metVNummer) {
    Map<String, Object> persoon = TestPersonen.persoon(p.voornamen(), p.achternaam());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("gemeente", gemeente);
    m.put("azcLocatie", "AZC-OISTERWIJK");
    m.put("koppelingsdatum", LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusDays(3).toString());
    m.put("factoren", Map.of("afstandTotAzcKm", 30, "verwachteMaandenTotWoning", 5, "kanReizen", true,
        "digitaalVaardig", false));
    if (metVNummer) {
      m.put("vNummer", p.vNummer());
    }
    m.put("persoon", persoon);
    Map<String, Object> d = web.post().uri("/api/v1/regios/{regio}/dossiers", regio)
        .headers(h -> h.setBearerAuth(TestIssuers.shared().regioCoordinator(regio)))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(m)
        .exchange().expectStatus().isCreated()
        .expectBody(Map.class).returnResult().getResponseBody();
    return new Dossier(UUID.fromString((String) d.get("id")), (String) d.get("dossiernummer"), p);
  }

  /**
   * A notificatie row and, when {@code direct}, its {@link NotificatieTeMailen} through the outbox, in one tenant
   * transaction (as the notificaties module writes them). Returns its id.
   */
  UUID notificatie(UUID tenant, UUID ontvanger, NotificatieSoort soort, Dossier d, UUID gesprekId,
      Bezorging bezorging) {
    UUID id = Ids.nieuw();
    var spec = db.sql("""
            insert into notificatie (tenant_id, id, ontvanger_id, soort, dossier_id, dossier_nummer, gesprek_id,
              mijlpaal, gebeurtenis_id, bezorging, aangemaakt_op)
            values (:tenant, :id, :ontvanger, :soort, :dossier, :nummer, :gesprek, :mijlpaal, :gebeurtenis,
              :bezorging, now())""")
        .bind("tenant", tenant).bind("id", id).bind("ontvanger", ontvanger).bind("soort", soort.code())
        .bind("dossier", d.id()).bind("nummer", d.nummer())
        .bind("gebeurtenis", Ids.nieuw()).bind("bezorging", bezorging.code());
    spec = gesprekId == null ? spec.bindNull("gesprek", UUID.class) : spec.bind("gesprek", gesprekId);
    spec = soort == NotificatieSoort.MIJLPAAL_TE_LAAT ? spec.bind("mijlpaal", "kennismaking")
        : spec.bindNull("mijlpaal", String.class);
    Mono<Void> rij = spec.fetch().rowsUpdated().then();
    Mono<Void> event = bezorging == Bezorging.DIRECT ? outbox.publish(new NotificatieTeMailen(tenant, id))
        : Mono.empty();
    tx.write(tenant, rij.then(event)).block();
    return id;
  }

  static String messageId(MimeMessage m) {
    try {
      return m.getMessageID();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String messageIdVan(UUID id) {
    return "<" + id + "@doorlopendelijn.nl>";
  }

  /** Everything a reader of the mail sees: subject, every text part and every attachment, decoded. */
  static String alles(MimeMessage m) {
    try {
      StringBuilder b = new StringBuilder(m.getSubject()).append('\n');
      inhoud(m.getContent(), b);
      return b.toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void inhoud(Object content, StringBuilder b) throws Exception {
    if (content instanceof String s) {
      b.append(s).append('\n');
    } else if (content instanceof Multipart mp) {
      for (int i = 0; i < mp.getCount(); i++) {
        BodyPart p = mp.getBodyPart(i);
        inhoud(p.getContent(), b);
      }
    } else if (content instanceof InputStream in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      b.append(out.toString(StandardCharsets.UTF_8)).append('\n');
    }
  }

  /** The parts of a mail with this content type (e.g. {@code text/calendar}). */
  static List<BodyPart> delen(MimeMessage m, String type) {
    try {
      if (!(m.getContent() instanceof Multipart mp)) {
        return List.of();
      }
      List<BodyPart> l = new java.util.ArrayList<>();
      for (int i = 0; i < mp.getCount(); i++) {
        if (mp.getBodyPart(i).isMimeType(type)) {
          l.add(mp.getBodyPart(i));
        }
      }
      return l;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static List<MimeMessage> aan(String adres) {
    return TestSmtp.aan(adres);
  }
}
