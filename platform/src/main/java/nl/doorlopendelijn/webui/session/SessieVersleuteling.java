package nl.doorlopendelijn.webui.session;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The keys that encrypt page sessions at rest ({@code doorlopendelijn.web.sessie-versleuteling.*}): key id →
 * base64 AES key (16, 24 or 32 bytes), and the id that encrypts. Every replica needs the same keys. Without any,
 * the process makes one of its own at start: fine for one process (the demo), but its sessions are unreadable to
 * other replicas and after a restart (everyone logs in again), so production sets them (docs/operations.md).
 *
 * @param sleutels key id → base64 key (never logged)
 * @param actieveSleutel the id that encrypts new saves; older ids keep decrypting until their sessions expired
 */
@ConfigurationProperties("doorlopendelijn.web.sessie-versleuteling")
record SessieVersleuteling(Map<String, String> sleutels, String actieveSleutel) {

  SessieVersleuteling {
    sleutels = sleutels == null ? Map.of() : Map.copyOf(sleutels);
    actieveSleutel = actieveSleutel == null || actieveSleutel.isBlank() ? null : actieveSleutel;
  }

  @Override
  public String toString() {
    return "SessieVersleuteling[sleutels=" + sleutels.keySet() + ", actief=" + actieveSleutel + "]";
  }
}
