package nl.doorlopendelijn.notificaties.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import reactor.test.StepVerifier;

/**
 * Without an SMTP server configured ({@code spring.mail.host} unset, so no {@link JavaMailSender}) a mail fails with a
 * message that says why: the outbox stores it with the delivery, shows it in its status endpoint and tries again. A
 * send that fails says which mail and what kind of error, never the address (an SMTP server's text may quote it).
 */
class MailerFoutenTest {

  @Test
  void zonderSmtpServerMisluktVerzendenMetEenDuidelijkeMelding() {
    Mailer mailer = new Mailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
        new MailInstellingen(null, null));
    StepVerifier.create(mailer.verstuur(new Mail("iemand@voorbeeld.nl", "Onderwerp", "Tekst",
            Mail.messageId(java.util.UUID.randomUUID()), null)))
        .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("Geen SMTP-server ingesteld (spring.mail.host)"));
  }

  @Test
  void eenMislukteVerzendingNoemtDeMessageIdMaarNooitHetAdres() throws Exception {
    int dichtePoort;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      dichtePoort = s.getLocalPort();
    }
    org.springframework.mail.javamail.JavaMailSenderImpl smtp = new org.springframework.mail.javamail.JavaMailSenderImpl();
    smtp.setHost("127.0.0.1");
    smtp.setPort(dichtePoort);
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("smtp", smtp);
    Mailer mailer = new Mailer(beans.getBeanProvider(JavaMailSender.class), new MailInstellingen(null, null));
    java.util.UUID id = java.util.UUID.randomUUID();
    StepVerifier.create(mailer.verstuur(new Mail("geheim-adres@voorbeeld.nl", "Onderwerp", "Tekst",
            Mail.messageId(id), null)))
        .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(IllegalStateException.class)
            .hasMessageStartingWith("e-mail <" + id + "@doorlopendelijn.nl> niet verstuurd: MailSendException")
            .hasMessageNotContaining("geheim-adres"));
  }
}
