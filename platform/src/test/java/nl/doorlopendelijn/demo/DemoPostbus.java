package nl.doorlopendelijn.demo;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * The demo's mail server and the page that shows what it caught: an in-process GreenMail SMTP server (every mail the
 * platform or Keycloak sends in the demo ends here, none leaves the machine) and a small read-only Dutch page on a
 * JDK {@link HttpServer}, both on localhost only. One row per delivered copy (a mail to two addresses is in two
 * mailboxes), newest first; everything shown is HTML-escaped, the body as plain text.
 */
final class DemoPostbus implements AutoCloseable {

  private static final DateTimeFormatter TIJD =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm:ss", Locale.forLanguageTag("nl")).withZone(ZoneId.of("Europe/Amsterdam"));

  private final GreenMail smtp;
  private final HttpServer pagina;

  private DemoPostbus(GreenMail smtp, HttpServer pagina) {
    this.smtp = smtp;
    this.pagina = pagina;
  }

  /** Starts the SMTP server and the page; both listen on the loopback address only. */
  static DemoPostbus start(int smtpPoort, int paginaPoort) {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    GreenMail smtp = new GreenMail(new ServerSetup(smtpPoort, loopback.getHostAddress(), ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(loopback, paginaPoort), 0);
      DemoPostbus postbus = new DemoPostbus(smtp, server);
      server.createContext("/", postbus::antwoord);
      server.setExecutor(Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "demo-postbus");
        t.setDaemon(true);
        return t;
      }));
      server.start();
      return postbus;
    } catch (IOException e) {
      smtp.stop();
      throw new IllegalStateException("de postbuspagina kon niet starten op poort " + paginaPoort, e);
    }
  }

  int smtpPoort() {
    return smtp.getSmtp().getPort();
  }

  int paginaPoort() {
    return pagina.getAddress().getPort();
  }

  String paginaUrl() {
    return "http://localhost:" + paginaPoort() + "/";
  }

  @Override
  public void close() {
    pagina.stop(0);
    smtp.stop();
  }

  /** One delivered mail as the page shows it. */
  record Bericht(String postvak, Instant ontvangen, String onderwerp, String van, String aan, String messageId,
      String tekst, List<String> bijlagen) {}

  /**
   * Every delivered copy, newest first. GreenMail's mailboxes change while the demo sends (its lists are not safe to
   * walk during a delivery): a walk that a delivery disturbed is simply done again.
   */
  List<Bericht> berichten() {
    for (int poging = 1; ; poging++) {
      try {
        return allemaal();
      } catch (RuntimeException e) {
        if (poging == 5) {
          throw e;
        }
      }
    }
  }

  private List<Bericht> allemaal() {
    List<Bericht> berichten = new ArrayList<>();
    for (GreenMailUser gebruiker : smtp.getUserManager().listUser()) {
      try {
        for (StoredMessage opgeslagen : smtp.getManagers().getImapHostManager().getInbox(gebruiker).getMessages()) {
          berichten.add(bericht(gebruiker.getEmail(), opgeslagen));
        }
      } catch (FolderException e) {
        // a mailbox that cannot be read is left out; the others are still shown
      }
    }
    berichten.sort(Comparator.comparing(Bericht::ontvangen).reversed());
    return berichten;
  }

  private static Bericht bericht(String postvak, StoredMessage opgeslagen) {
    MimeMessage mail = opgeslagen.getMimeMessage();
    Date ontvangen = opgeslagen.getAttributes().getReceivedDate();
    try {
      List<String> bijlagen = new ArrayList<>();
      StringBuilder tekst = new StringBuilder();
      lees(mail, tekst, bijlagen);
      return new Bericht(postvak, ontvangen == null ? Instant.EPOCH : ontvangen.toInstant(),
          mail.getSubject() == null ? "(geen onderwerp)" : mail.getSubject(), adressen(mail.getFrom()),
          adressen(mail.getRecipients(Message.RecipientType.TO)), mail.getMessageID(), tekst.toString().strip(),
          bijlagen);
    } catch (MessagingException | IOException | RuntimeException e) {
      return new Bericht(postvak, ontvangen == null ? Instant.EPOCH : ontvangen.toInstant(), "(onleesbaar bericht)",
          "", "", null, "", List.of());
    }
  }

  /** The text of a mail (its text/plain parts; an HTML-only mail without its tags) and its attachments' names. */
  private static void lees(Part deel, StringBuilder tekst, List<String> bijlagen) throws MessagingException, IOException {
    String naam = deel.getFileName();
    if (naam != null || Part.ATTACHMENT.equalsIgnoreCase(deel.getDisposition())) {
      bijlagen.add(naam == null ? "(bijlage zonder naam)" : decodeer(naam));
      return;
    }
    if (deel.isMimeType("multipart/alternative") && deel.getContent() instanceof Multipart delen) {
      Part gekozen = null;
      for (int i = 0; i < delen.getCount(); i++) {
        BodyPart d = delen.getBodyPart(i);
        if (gekozen == null || d.isMimeType("text/plain")) {
          gekozen = d;
        }
      }
      if (gekozen != null) {
        lees(gekozen, tekst, bijlagen);
      }
    } else if (deel.isMimeType("multipart/*") && deel.getContent() instanceof Multipart delen) {
      for (int i = 0; i < delen.getCount(); i++) {
        lees(delen.getBodyPart(i), tekst, bijlagen);
      }
    } else if (deel.isMimeType("text/plain")) {
      tekst.append(deel.getContent()).append('\n');
    } else if (deel.isMimeType("text/html")) {
      tekst.append(String.valueOf(deel.getContent()).replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", "")
          .replaceAll("<[^>]+>", " ").replaceAll("[ \\t]+", " ")).append('\n');
    } else if (deel.isMimeType("text/calendar")) {
      bijlagen.add("(agenda-uitnodiging, text/calendar)");
    }
  }

  private static String decodeer(String naam) {
    try {
      return MimeUtility.decodeText(naam);
    } catch (UnsupportedEncodingException e) {
      return naam;
    }
  }

  private static String adressen(Address[] adressen) {
    return adressen == null ? "" : Arrays.stream(adressen).map(Address::toString).map(DemoPostbus::decodeer)
        .collect(Collectors.joining(", "));
  }

  private void antwoord(HttpExchange exchange) throws IOException {
    try (exchange) {
      boolean opPagina = "/".equals(exchange.getRequestURI().getPath());
      boolean lezen = "GET".equals(exchange.getRequestMethod()) || "HEAD".equals(exchange.getRequestMethod());
      int status = !lezen ? 405 : opPagina ? 200 : 404;
      String html;
      try {
        html = status == 200 ? html(berichten())
            : status == 404 ? melding("Niet gevonden", "Deze pagina bestaat niet. De post staat op /.")
            : melding("Alleen lezen", "Deze pagina toont de post alleen; er kan niets worden gewijzigd.");
      } catch (RuntimeException e) {
        // never a closed connection without an answer: say so, and let the reader try again
        status = 503;
        html = melding("Even niet te lezen", "De post kon nu niet worden gelezen. Ververs de pagina over een moment.");
      }
      byte[] inhoud = html.getBytes(StandardCharsets.UTF_8);
      var koppen = exchange.getResponseHeaders();
      koppen.set("Content-Type", "text/html; charset=utf-8");
      koppen.set("Cache-Control", "no-store");
      koppen.set("X-Content-Type-Options", "nosniff");
      koppen.set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
      if (status == 405) {
        koppen.set("Allow", "GET, HEAD");
      }
      boolean head = "HEAD".equals(exchange.getRequestMethod());
      exchange.sendResponseHeaders(status, head ? -1 : inhoud.length);
      if (!head) {
        try (OutputStream uit = exchange.getResponseBody()) {
          uit.write(inhoud);
        }
      }
    }
  }

  static String html(List<Bericht> berichten) {
    StringBuilder b = new StringBuilder(kop("Demo-postvak"));
    b.append("<h1>Demo-postvak</h1>\n<p>Alle e-mail die de demo verstuurt (meldingen van Doorlopende Lijn, mails van "
        + "Keycloak zoals het instellen van een wachtwoord) komt hier aan en gaat nergens anders heen. "
        + "Nieuwste bovenaan; ververs de pagina voor nieuwe post.</p>\n");
    if (berichten.isEmpty()) {
      b.append("<p class=\"leeg\">Er is nog geen e-mail ontvangen.</p>\n");
    } else {
      b.append("<p>").append(berichten.size()).append(berichten.size() == 1 ? " bericht" : " berichten")
          .append(".</p>\n<ol class=\"berichten\">\n");
      int nummer = 0;
      for (Bericht m : berichten) {
        nummer++;
        b.append("<li class=\"bericht\"><article aria-labelledby=\"bericht-").append(nummer).append("\">\n")
            .append("<h2 id=\"bericht-").append(nummer).append("\">").append(escape(m.onderwerp())).append("</h2>\n")
            .append("<dl>\n")
            .append(veld("Ontvangen", m.ontvangen().equals(Instant.EPOCH) ? "onbekend" : TIJD.format(m.ontvangen())))
            .append(veld("Postvak", m.postvak()))
            .append(veld("Aan", m.aan()))
            .append(veld("Van", m.van()))
            .append(veld("Message-ID", m.messageId() == null ? "geen" : m.messageId()))
            .append(veld("Bijlagen", m.bijlagen().isEmpty() ? "geen" : String.join(", ", m.bijlagen())))
            .append("</dl>\n<pre class=\"tekst\">").append(escape(m.tekst())).append("</pre>\n</article></li>\n");
      }
      b.append("</ol>\n");
    }
    return b.append("</main>\n</body>\n</html>\n").toString();
  }

  private static String melding(String titel, String tekst) {
    return kop(titel) + "<h1>" + escape(titel) + "</h1>\n<p>" + escape(tekst) + "</p>\n</main>\n</body>\n</html>\n";
  }

  private static String kop(String titel) {
    return """
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s | Doorlopende Lijn demo</title>
        <style>
        body { font-family: system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #fff; line-height: 1.5; }
        header { background: #154273; color: #fff; padding: 0.75rem 1.5rem; }
        header p { margin: 0; font-weight: bold; }
        main { max-width: 60rem; padding: 1rem 1.5rem; }
        ol.berichten { list-style: none; padding: 0; }
        li.bericht { border: 1px solid #8a8a8a; border-left: 0.4rem solid #154273; padding: 0.5rem 1rem; margin: 0 0 1rem; }
        h2 { font-size: 1.15rem; margin: 0.25rem 0; overflow-wrap: anywhere; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; margin: 0.5rem 0; }
        dt { font-weight: bold; } dd { margin: 0; overflow-wrap: anywhere; }
        pre.tekst { white-space: pre-wrap; overflow-wrap: anywhere; background: #f3f3f3; padding: 0.5rem; font-size: 0.95rem; }
        </style>
        </head>
        <body>
        <header><p>Doorlopende Lijn · demo-postvak (alleen lezen)</p></header>
        <main>
        """.formatted(escape(titel));
  }

  private static String veld(String naam, String waarde) {
    return "<dt>" + escape(naam) + "</dt><dd>" + escape(waarde) + "</dd>\n";
  }

  static String escape(String tekst) {
    if (tekst == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(tekst.length());
    for (char c : tekst.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
