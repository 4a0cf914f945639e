package nl.doorlopendelijn.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo's mail server and its page: a mail sent over real SMTP appears on the page, newest first, with its
 * subject, recipient, time, text and the names of its attachments, every one of them HTML-escaped; the page is read-only.
 */
class DemoPostbusTest {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static DemoPostbus postbus;

  @BeforeAll
  static void start() {
    postbus = DemoPostbus.start(vrijePoort(), vrijePoort());
  }

  @AfterAll
  static void stop() {
    postbus.close();
  }

  @Test
  void eenVerstuurdeMailStaatOpDePaginaNieuwsteBovenaanEnGeescaped() throws Exception {
    stuur("Eerste melding", "sanne@tilburg.example", "Dossier 2026-0001 is nieuw.", null);
    Thread.sleep(20); // a later receipt time for the second
    stuur("Uitnodiging <script>alert(1)</script> & meer", "piet@coa.example",
        "Zie de bijlage <b>hier</b>.", "gesprek.ics");

    HttpResponse<String> pagina = get("/");

    assertThat(pagina.statusCode()).isEqualTo(200);
    assertThat(pagina.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    String html = pagina.body();
    assertThat(html).contains("<html lang=\"nl\">", "<h1>Demo-postvak</h1>", "2 berichten.")
        .contains("Uitnodiging &lt;script&gt;alert(1)&lt;/script&gt; &amp; meer")
        .doesNotContain("<script>", "<b>hier</b>")
        .contains("Zie de bijlage &lt;b&gt;hier&lt;/b&gt;.", "gesprek.ics", "piet@coa.example",
            "sanne@tilburg.example", "Dossier 2026-0001 is nieuw.", "&lt;demo-");
    assertThat(html.indexOf("Uitnodiging")).as("newest first").isLessThan(html.indexOf("Eerste melding"));
    assertThat(postbus.berichten()).first().satisfies(b -> {
      assertThat(b.bijlagen()).containsExactly("gesprek.ics");
      assertThat(b.postvak()).isEqualTo("piet@coa.example");
    });
  }

  @Test
  void dePaginaIsAlleenTeLezen() throws Exception {
    HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(postbus.paginaUrl()))
        .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
    assertThat(post.body()).contains("Alleen lezen");
    assertThat(get("/elders").statusCode()).isEqualTo(404);
  }

  private static void stuur(String onderwerp, String aan, String tekst, String bijlage) throws Exception {
    Properties instellingen = new Properties();
    instellingen.put("mail.smtp.host", "localhost");
    instellingen.put("mail.smtp.port", String.valueOf(postbus.smtpPoort()));
    MimeMessage mail = new MimeMessage(Session.getInstance(instellingen)) {
      @Override
      protected void updateMessageID() throws jakarta.mail.MessagingException {
        setHeader("Message-ID", "<demo-" + System.nanoTime() + "@doorlopendelijn.nl>");
      }
    };
    mail.setFrom(new InternetAddress("noreply@doorlopendelijn.nl"));
    mail.setRecipient(Message.RecipientType.TO, new InternetAddress(aan));
    mail.setSubject(onderwerp, "UTF-8");
    if (bijlage == null) {
      mail.setText(tekst, "UTF-8");
    } else {
      MimeBodyPart tekstDeel = new MimeBodyPart();
      tekstDeel.setText(tekst, "UTF-8");
      MimeBodyPart ics = new MimeBodyPart();
      ics.setDataHandler(new DataHandler(new ByteArrayDataSource(
          "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8), "text/calendar")));
      ics.setFileName(bijlage);
      mail.setContent(new MimeMultipart(tekstDeel, ics));
    }
    Transport.send(mail);
  }

  private static HttpResponse<String> get(String pad) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + postbus.paginaPoort() + pad)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int vrijePoort() {
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
