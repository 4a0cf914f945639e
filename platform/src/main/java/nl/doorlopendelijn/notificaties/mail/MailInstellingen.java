package nl.doorlopendelijn.notificaties.mail;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The notificaties' e-mail ({@code doorlopendelijn.notificaties.mail.*}); the SMTP server itself is Spring's
 * {@code spring.mail.*} (docs/operations.md).
 *
 * @param afzender the From of every mail
 * @param dagoverzichtTijdstip when the daily digest goes out, in the platform's zone (Europe/Amsterdam)
 */
@ConfigurationProperties("doorlopendelijn.notificaties.mail")
record MailInstellingen(String afzender, LocalTime dagoverzichtTijdstip) {

  MailInstellingen {
    afzender = afzender == null || afzender.isBlank() ? "Doorlopende Lijn <noreply@doorlopendelijn.nl>" : afzender;
    dagoverzichtTijdstip = dagoverzichtTijdstip == null ? LocalTime.of(7, 0) : dagoverzichtTijdstip;
  }
}
