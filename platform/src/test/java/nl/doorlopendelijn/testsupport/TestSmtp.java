package nl.doorlopendelijn.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The SMTP server of the tests: one in-process GreenMail per JVM, on a free port of 127.0.0.1, started on first use
 * (some tens of milliseconds), so every platform in the tests has a real server to send its notificaties to and no
 * test suffers failing deliveries. It keeps every mail it receives; a test reads those to its own (unique) addresses.
 */
public final class TestSmtp {

  private static GreenMail server;

  private TestSmtp() {}

  public static synchronized GreenMail shared() {
    if (server == null) {
      GreenMail g = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
      g.start();
      server = g;
      Runtime.getRuntime().addShutdownHook(new Thread(g::stop, "test-smtp-stop"));
    }
    return server;
  }

  /** Spring properties that point the platform's mail at this server. */
  public static Map<String, Object> springProperties() {
    return Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", shared().getSmtp().getPort());
  }

  /** Every mail received so far for {@code adres}, in the order received. */
  public static List<MimeMessage> aan(String adres) {
    return Arrays.stream(shared().getReceivedMessages()).filter(m -> ontvangers(m).contains(adres.toLowerCase()))
        .toList();
  }

  private static List<String> ontvangers(MimeMessage m) {
    try {
      Address[] a = m.getAllRecipients();
      return a == null ? List.of() : Arrays.stream(a).map(x -> x.toString().toLowerCase()).toList();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
