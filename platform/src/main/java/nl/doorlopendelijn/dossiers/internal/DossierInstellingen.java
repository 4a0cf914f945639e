package nl.doorlopendelijn.dossiers.internal;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the dossiers module.
 *
 * @param vnummerSleutels key id → base64 AES key (never logged)
 * @param actieveSleutel the key id that encrypts new V-nummers; none: V-nummers cannot be recorded
 */
@ConfigurationProperties("doorlopendelijn.dossiers")
record DossierInstellingen(Map<String, String> vnummerSleutels, String actieveSleutel) {

  public DossierInstellingen {
    vnummerSleutels = vnummerSleutels == null ? Map.of() : Map.copyOf(vnummerSleutels);
    actieveSleutel = actieveSleutel == null || actieveSleutel.isBlank() ? null : actieveSleutel;
  }

  @Override
  public String toString() {
    return "DossierInstellingen[sleutels=" + vnummerSleutels.keySet() + ", actief=" + actieveSleutel + "]";
  }
}
