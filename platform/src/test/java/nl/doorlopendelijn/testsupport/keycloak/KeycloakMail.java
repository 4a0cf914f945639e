package nl.doorlopendelijn.testsupport.keycloak;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One GreenMail SMTP server per JVM that the end-to-end Keycloak mails through (its realms' {@code smtpServer},
 * set by the platform from {@code doorlopendelijn.keycloak.smtp.*}): the invitation mails of issue 17 land here.
 */
public final class KeycloakMail {

  private static KeycloakMail gedeeld;

  private final GreenMail greenMail;
  private final int poort;

  private KeycloakMail() {
    poort = vrijePoort();
    greenMail = new GreenMail(new ServerSetup(poort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop, "keycloak-mail-stop"));
  }

  public static synchronized KeycloakMail shared() {
    if (gedeeld == null) {
      gedeeld = new KeycloakMail();
    }
    return gedeeld;
  }

  /** The platform's properties that point the realms' mail here. */
  public Map<String, Object> springProperties() {
    return Map.of("doorlopendelijn.keycloak.smtp.host", "127.0.0.1",
        "doorlopendelijn.keycloak.smtp.port", poort,
        "doorlopendelijn.keycloak.smtp.from", "noreply@doorlopendelijn.test");
  }

  /** The first mail to {@code adres}, waiting up to {@code wacht} for it. */
  public Optional<MimeMessage> mailAan(String adres, Duration wacht) {
    long tot = System.nanoTime() + wacht.toNanos();
    while (System.nanoTime() < tot) {
      Optional<MimeMessage> m = Arrays.stream(greenMail.getReceivedMessages())
          .filter(msg -> aan(msg, adres)).findFirst();
      if (m.isPresent()) {
        return m;
      }
      greenMail.waitForIncomingEmail(500, greenMail.getReceivedMessages().length + 1);
    }
    return Optional.empty();
  }

  /** How many mails went to {@code adres}. */
  public long aantalAan(String adres) {
    return Arrays.stream(greenMail.getReceivedMessages()).filter(msg -> aan(msg, adres)).count();
  }

  private static final Pattern ACTIELINK = Pattern.compile("https?://[^\\s\"'<>]+/login-actions/action-token\\?[^\\s\"'<>]+");

  /** The execute-actions link in Keycloak's mail (from its text or HTML part). */
  public static String actielink(MimeMessage mail) {
    String tekst = com.icegreen.greenmail.util.GreenMailUtil.getBody(mail)
        .replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
    Matcher m = ACTIELINK.matcher(tekst);
    if (!m.find()) {
      throw new AssertionError("geen actielink in de mail: " + tekst);
    }
    return m.group().replace("&amp;", "&");
  }

  private static boolean aan(MimeMessage msg, String adres) {
    try {
      return Arrays.stream(msg.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(adres));
    } catch (jakarta.mail.MessagingException e) {
      return false;
    }
  }

  private static int vrijePoort() {
    try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
