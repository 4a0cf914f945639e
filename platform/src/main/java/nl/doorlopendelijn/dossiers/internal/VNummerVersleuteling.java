package nl.doorlopendelijn.dossiers.internal;

import nl.doorlopendelijn.kernel.Ids;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Encrypts V-nummers at rest with AES-GCM. Keys come from configuration ({@code doorlopendelijn.dossiers
 * .vnummer-sleutels}: key id → base64 key of 16/24/32 bytes; {@code actieve-sleutel} encrypts), and every ciphertext
 * is stored with its key id, so a new key can become active while older ciphertexts stay readable. The ciphertext
 * is bound to its region and dossier (associated data), so it cannot be copied onto another dossier. Messages of
 * exceptions never carry the V-nummer.
 */
@Component
class VNummerVersleuteling {

  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  record Versleuteld(String sleutelId, byte[] inhoud) {}

  private final Map<String, SecretKeySpec> sleutels = new HashMap<>();
  private final String actief;

  VNummerVersleuteling(DossierInstellingen instellingen) {
    instellingen.vnummerSleutels().forEach((id, b64) -> {
      byte[] key = Base64.getDecoder().decode(b64.trim());
      if (key.length != 16 && key.length != 24 && key.length != 32) {
        throw new IllegalStateException("V-nummersleutel " + id + " heeft geen AES-lengte (16, 24 of 32 bytes)");
      }
      sleutels.put(id, new SecretKeySpec(key, "AES"));
    });
    this.actief = instellingen.actieveSleutel();
    if (actief != null && !sleutels.containsKey(actief)) {
      throw new IllegalStateException("actieve V-nummersleutel " + actief + " is niet geconfigureerd");
    }
    Ids.willekeurig(new byte[IV_BYTES]); // seeds the DRBG now, on the start-up thread
  }

  boolean beschikbaar() {
    return actief != null;
  }

  Versleuteld versleutel(String vNummer, UUID tenantId, UUID dossierId) {
    if (actief == null) {
      throw new IllegalStateException("geen actieve V-nummersleutel geconfigureerd");
    }
    try {
      byte[] iv = new byte[IV_BYTES];
      Ids.willekeurig(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, sleutels.get(actief), new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(aad(tenantId, dossierId));
      byte[] ct = cipher.doFinal(vNummer.getBytes(StandardCharsets.UTF_8));
      byte[] inhoud = new byte[IV_BYTES + ct.length];
      System.arraycopy(iv, 0, inhoud, 0, IV_BYTES);
      System.arraycopy(ct, 0, inhoud, IV_BYTES, ct.length);
      return new Versleuteld(actief, inhoud);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("V-nummer versleutelen mislukt (" + e.getClass().getSimpleName() + ")");
    }
  }

  String ontsleutel(Versleuteld v, UUID tenantId, UUID dossierId) {
    SecretKeySpec key = sleutels.get(v.sleutelId());
    if (key == null) {
      throw new IllegalStateException("V-nummersleutel " + v.sleutelId() + " is niet (meer) geconfigureerd");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, v.inhoud(), 0, IV_BYTES));
      cipher.updateAAD(aad(tenantId, dossierId));
      byte[] pt = cipher.doFinal(v.inhoud(), IV_BYTES, v.inhoud().length - IV_BYTES);
      return new String(pt, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("V-nummer ontsleutelen mislukt (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static byte[] aad(UUID tenantId, UUID dossierId) {
    return ("dossier:" + tenantId + ":" + dossierId).getBytes(StandardCharsets.UTF_8);
  }
}
