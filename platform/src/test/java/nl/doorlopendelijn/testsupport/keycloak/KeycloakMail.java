package nl.doorlopendelijn.testsupport.keycloak;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import nl.doorlopendelijn.testsupport.TestSmtp;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keycloak's mail in the end-to-end tests: its realms' {@code smtpServer} (set by the platform from
 * {@code doorlopendelijn.keycloak.smtp.*}) points at the tests' one SMTP server, {@link TestSmtp}, so the invitation
 * mails of issue 17 land where the platform's own notificaties do; this class reads Keycloak's mails from there.
 */
public final class KeycloakMail {

  private static KeycloakMail gedeeld;

  private final GreenMail greenMail;
  private final int poort;

  private KeycloakMail() {
    greenMail = TestSmtp.shared();
    poort = greenMail.getSmtp().getPort();
  }

  public static synchronized KeycloakMail shared() {
    if (gedeeld == null) {
      gedeeld = new KeycloakMail();
    }
    return gedeeld;
  }

  /** The platform's properties that point the realms' mail, and the platform's own, here. */
  public Map<String, Object> springProperties() {
    Map<String, Object> props = new java.util.HashMap<>(TestSmtp.springProperties());
    props.put("doorlopendelijn.keycloak.smtp.host", "127.0.0.1");
    props.put("doorlopendelijn.keycloak.smtp.port", poort);
    props.put("doorlopendelijn.keycloak.smtp.from", "noreply@doorlopendelijn.test");
    return props;
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
}
