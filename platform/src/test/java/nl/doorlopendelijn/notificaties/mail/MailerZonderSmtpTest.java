package nl.doorlopendelijn.notificaties.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import reactor.test.StepVerifier;

/**
 * Without an SMTP server configured ({@code spring.mail.host} unset, so no {@link JavaMailSender}) a mail fails with a
 * message that says why: the outbox stores it with the delivery, shows it in its status endpoint and tries again.
 */
class MailerZonderSmtpTest {

  @Test
  void zonderSmtpServerMisluktVerzendenMetEenDuidelijkeMelding() {
    Mailer mailer = new Mailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
        new MailInstellingen(null, null));
    StepVerifier.create(mailer.verstuur(new Mail("iemand@voorbeeld.nl", "Onderwerp", "Tekst",
            Mail.messageId(java.util.UUID.randomUUID()), null)))
        .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("Geen SMTP-server ingesteld (spring.mail.host)"));
  }
}
