package nl.doorlopendelijn.keycloak.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The SMTP server through which Keycloak mails a region realm's users (the invitation with the link to choose a
 * password): {@code doorlopendelijn.keycloak.smtp.*}, by default {@code spring.mail.host} / {@code spring.mail.port}
 * (application.yaml). Without a host no invitation can be sent: inviting answers 503.
 *
 * @param host the SMTP host Keycloak connects to (as Keycloak sees it), or empty
 * @param port its port
 * @param from the sender address of the mails
 * @param fromDisplayName the sender's name
 */
@ConfigurationProperties("doorlopendelijn.keycloak.smtp")
record KeycloakSmtpSettings(String host, Integer port, String from, String fromDisplayName) {

  KeycloakSmtpSettings {
    host = host == null || host.isBlank() ? null : host.strip();
    port = port == null ? 25 : port;
    from = from == null || from.isBlank() ? "noreply@doorlopendelijn.nl" : from.strip();
    fromDisplayName = fromDisplayName == null || fromDisplayName.isBlank() ? "Doorlopende Lijn" : fromDisplayName;
  }

  boolean configured() {
    return host != null;
  }

  /** The realm's {@code smtpServer} settings: plain SMTP on the configured host (TLS, if any, is the relay's). */
  Map<String, String> realmSettings() {
    Map<String, String> smtp = new LinkedHashMap<>();
    smtp.put("host", host);
    smtp.put("port", Integer.toString(port));
    smtp.put("from", from);
    smtp.put("fromDisplayName", fromDisplayName);
    smtp.put("ssl", "false");
    smtp.put("starttls", "false");
    smtp.put("auth", "false");
    return smtp;
  }
}
