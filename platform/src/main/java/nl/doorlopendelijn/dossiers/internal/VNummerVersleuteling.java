package nl.doorlopendelijn.dossiers.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.doorlopendelijn.kernel.Sleutelbos;
import org.springframework.stereotype.Component;

/**
 * Encrypts V-nummers at rest ({@link Sleutelbos}: AES-GCM). Keys come from configuration ({@code doorlopendelijn
 * .dossiers.vnummer-sleutels}: key id → base64 key of 16/24/32 bytes; {@code actieve-sleutel} encrypts), and every
 * ciphertext is stored with its key id, so a new key can become active while older ciphertexts stay readable. The
 * ciphertext is bound to its region and dossier (associated data), so it cannot be copied onto another dossier.
 * Messages of exceptions never carry the V-nummer.
 */
@Component
class VNummerVersleuteling {

  record Versleuteld(String sleutelId, byte[] inhoud) {}

  private final Sleutelbos sleutels;

  VNummerVersleuteling(DossierInstellingen instellingen) {
    this.sleutels = new Sleutelbos("V-nummersleutel", instellingen.vnummerSleutels(), instellingen.actieveSleutel());
  }

  boolean beschikbaar() {
    return sleutels.kanVersleutelen();
  }

  Versleuteld versleutel(String vNummer, UUID tenantId, UUID dossierId) {
    Sleutelbos.Versleuteld v = sleutels.versleutel(vNummer.getBytes(StandardCharsets.UTF_8), aad(tenantId, dossierId));
    return new Versleuteld(v.sleutelId(), v.inhoud());
  }

  String ontsleutel(Versleuteld v, UUID tenantId, UUID dossierId) {
    byte[] klaar = sleutels.ontsleutel(new Sleutelbos.Versleuteld(v.sleutelId(), v.inhoud()), aad(tenantId, dossierId));
    return new String(klaar, StandardCharsets.UTF_8);
  }

  private static byte[] aad(UUID tenantId, UUID dossierId) {
    return ("dossier:" + tenantId + ":" + dossierId).getBytes(StandardCharsets.UTF_8);
  }
}
