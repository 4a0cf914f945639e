package nl.doorlopendelijn.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's first command, as a new user runs it: the demo in a process of its own (its own embedded PostgreSQL,
 * its own Keycloak, the platform), on free ports, until its banner says it is ready ({@link DemoProces}, started when
 * the end-to-end run begins); then what the demo data is meant to show, read through the API with a demo account's
 * real token. Without this, nothing would run {@code DemoData}.
 */
class DemoE2eIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Duration KLAAR_BINNEN = Duration.ofMinutes(6);

  private static DemoProces demo;
  private static int platformPoort;
  private static int keycloakPoort;
  private static int smtpPoort;
  private static int postbusPoort;

  /** The demo of this run: started by {@link DemoVooraf} when the end-to-end run began, else here. */
  @BeforeAll
  static void startDeDemo() {
    demo = DemoProces.gestart();
    platformPoort = demo.platformPoort;
    keycloakPoort = demo.keycloakPoort;
    smtpPoort = demo.smtpPoort;
    postbusPoort = demo.postbusPoort;
    demo.wachtTotKlaar(KLAAR_BINNEN);
  }

  @AfterAll
  static void stopDeDemo() {
    if (demo != null) {
      demo.stop();
    }
  }

  @Test
  void deDemoToontWatHijBelooft() throws Exception {
    String coordinator = token("hart-van-brabant", "hvb-coordinator");
    JsonNode dossiers = get(coordinator, "/api/v1/regios/hart-van-brabant/dossiers?paginaGrootte=100");
    List<JsonNode> lijst = dossiers.get("dossiers").valueStream().toList();
    assertThat(lijst).as("dossiers in several stages").hasSizeGreaterThanOrEqualTo(20);
    // azc from anywhere: some dossiers come from azc's outside the region's list, one from a gemeentelijke opvang
    assertThat(lijst).extracting(d -> d.get("azcLocatie").asString()).contains("AZC-OISTERWIJK")
        .anyMatch(azc -> !azc.equals("AZC-OISTERWIJK"));
    JsonNode dashboard = get(coordinator, "/api/v1/regios/hart-van-brabant/dashboard");
    assertThat(dashboard.get("regioplaatsing").path("waarde").asDouble(100)).isLessThan(100);

    // one dossier in full: its stored advice, and the form of a kennismaking where one was recorded
    boolean advies = false;
    boolean vorm = false;
    for (JsonNode d : lijst.subList(0, Math.min(10, lijst.size()))) {
      JsonNode dossier = get(coordinator, "/api/v1/regios/hart-van-brabant/dossiers/" + d.get("id").asString());
      advies |= dossier.path("advies").has("scenario");
      vorm |= dossier.get("mijlpalen").valueStream().anyMatch(m -> m.path("vorm").isString());
    }
    assertThat(advies).as("the advice is stored on the dossier").isTrue();
    assertThat(vorm).as("a kennismaking with its form").isTrue();

    // Noordoost-Brabant works by a mengvorm agreement that says which steps come before the move
    // Sanne de Wit (tilburg-medewerker) is linked to her gids entry: her werkvoorraad starts with her own dossiers
    JsonNode werkvoorraad = get(token("hart-van-brabant", "tilburg-medewerker"),
        "/api/v1/mijn/werkvoorraad?paginaGrootte=100");
    assertThat(werkvoorraad.get("gekoppeld").asBoolean()).isTrue();
    assertThat(werkvoorraad.get("items").get(0).get("mijn").asBoolean()).as("her own dossiers first").isTrue();

    String nob = token("noordoost-brabant", "nob-coordinator");
    JsonNode afspraken = get(nob, "/api/v1/regios/noordoost-brabant/samenwerkingsafspraken");
    assertThat(afspraken.get("samenwerkingsafspraken").valueStream()
        .filter(a -> a.get("scenario").asString().equals("mengvorm"))
        .filter(a -> a.get("status").asString().equals("actief")))
        .anySatisfy(a -> assertThat(a.path("mengvorm").path("voorVerhuizing").size()).isPositive());
  }

  /**
   * The demo's mail server takes what is sent to it over SMTP and its page (named in the banner) shows it, escaped:
   * a new user sees there what the platform and Keycloak mailed.
   */
  @Test
  void deDemoVangtDeMailEnToontHemOpDePostvakpagina() throws Exception {
    String pagina = "http://localhost:" + postbusPoort + "/";
    assertThat(demo.uitvoer()).as("the banner names the mail page")
        .anyMatch(r -> r.contains("E-mail (demo)") && r.contains(pagina));
    java.util.Properties smtp = new java.util.Properties();
    smtp.put("mail.smtp.host", "localhost");
    smtp.put("mail.smtp.port", String.valueOf(smtpPoort));
    var mail = new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(smtp));
    mail.setFrom("noreply@doorlopendelijn.nl");
    mail.setRecipients(jakarta.mail.Message.RecipientType.TO, "sanne.de.wit@tilburg.example");
    mail.setSubject("Nieuw dossier voor je gemeente <demo>", "UTF-8");
    mail.setText("Dossier HVB-2026-0001: https://localhost/", "UTF-8");
    jakarta.mail.Transport.send(mail);

    HttpResponse<String> antwoord = HTTP.send(HttpRequest.newBuilder(URI.create(pagina)).timeout(Duration.ofSeconds(10))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(antwoord.statusCode()).isEqualTo(200);
    assertThat(antwoord.body()).contains("<h1>Demo-postvak</h1>", "Nieuw dossier voor je gemeente &lt;demo&gt;",
        "sanne.de.wit@tilburg.example", "Dossier HVB-2026-0001");
  }

  private static String token(String realm, String gebruiker) throws Exception {
    String form = "grant_type=password&client_id=doorlopende-lijn-api&username="
        + URLEncoder.encode(gebruiker, StandardCharsets.UTF_8) + "&password=demo";
    HttpResponse<String> antwoord = HTTP.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + keycloakPoort + "/realms/" + realm + "/protocol/openid-connect/token"))
        .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
    return JSON.readTree(antwoord.body()).get("access_token").asString();
  }

  private static JsonNode get(String token, String pad) throws Exception {
    HttpResponse<String> antwoord = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + platformPoort + pad))
        .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(antwoord.statusCode()).as(pad + ": " + antwoord.body()).isEqualTo(200);
    return JSON.readTree(antwoord.body());
  }
}
