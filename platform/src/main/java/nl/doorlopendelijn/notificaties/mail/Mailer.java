package nl.doorlopendelijn.notificaties.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends one {@link Mail} through Spring's {@link JavaMailSender} (SMTP, {@code spring.mail.*}). JavaMail blocks (DNS,
 * the socket, reading its provider files on first use), so building and sending run on
 * {@code Schedulers.boundedElastic()}, never on an event-loop thread. The Message-ID is the mail's own: JavaMail sets a
 * new one whenever a message is saved, so the message keeps it by overriding {@code updateMessageID}. Without an SMTP
 * server configured ({@code spring.mail.host}) every send fails with a message that says so: the outbox then retries
 * and its status endpoint shows why.
 */
@Component
class Mailer {

  static final String GEEN_SMTP = "Geen SMTP-server ingesteld (spring.mail.host): de e-mail is niet verstuurd en"
      + " wordt opnieuw geprobeerd";

  private final ObjectProvider<JavaMailSender> afzender;
  private final MailInstellingen instellingen;

  Mailer(ObjectProvider<JavaMailSender> afzender, MailInstellingen instellingen) {
    this.afzender = afzender;
    this.instellingen = instellingen;
  }

  Mono<Void> verstuur(Mail mail) {
    return Mono.<Void>fromCallable(() -> {
      JavaMailSender sender = afzender.getIfAvailable();
      if (sender == null) {
        throw new IllegalStateException(GEEN_SMTP);
      }
      try {
        sender.send(bericht(sender, mail));
      } catch (MailException | MessagingException e) {
        throw new IllegalStateException(fout(mail, e));
      }
      return null;
    }).subscribeOn(Schedulers.boundedElastic());
  }

  /**
   * What a failed send says (the outbox logs and shows it): the Message-ID and the kinds of error, never their texts,
   * which may quote the recipient's address (an SMTP server's "550 <…>: recipient rejected").
   */
  static String fout(Mail mail, Throwable e) {
    StringBuilder b = new StringBuilder("e-mail <" + mail.messageId() + "> niet verstuurd: ");
    Throwable t = e;
    for (int i = 0; t != null && i < 4; i++, t = t.getCause()) {
      b.append(i == 0 ? "" : " ← ").append(t.getClass().getSimpleName());
    }
    return b.toString();
  }

  private MimeMessage bericht(JavaMailSender sender, Mail mail) throws MessagingException {
    Session session = sender instanceof JavaMailSenderImpl impl ? impl.getSession()
        : Session.getInstance(new Properties());
    String messageId = "<" + mail.messageId() + ">";
    MimeMessage m = new MimeMessage(session) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
      }
    };
    boolean bijlage = mail.uitnodiging() != null;
    MimeMessageHelper h = new MimeMessageHelper(m, bijlage, StandardCharsets.UTF_8.name());
    h.setFrom(instellingen.afzender());
    h.setTo(mail.aan());
    h.setSubject(mail.onderwerp());
    h.setText(mail.tekst(), false);
    if (bijlage) {
      String methode = mail.uitnodiging().contains("METHOD:CANCEL") ? "CANCEL" : "REQUEST";
      h.addAttachment("uitnodiging.ics", new ByteArrayResource(mail.uitnodiging().getBytes(StandardCharsets.UTF_8)),
          "text/calendar; method=" + methode + "; charset=UTF-8");
    }
    return m;
  }
}
