package nl.doorlopendelijn.kernel;

import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one way the platform encrypts data at rest: AES-GCM with keys by id, one of them active. Every ciphertext is
 * kept with the id of its key, so a new key can become active while older ciphertexts stay readable (rotation), and
 * is bound to where it belongs by associated data (a V-nummer to its dossier, a session to its id), so it cannot be
 * copied elsewhere. GCM authenticates: whoever can write the table but has no key cannot forge or alter a value.
 * Messages of exceptions never carry a plaintext or a key.
 */
public final class Sleutelbos {

  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  /** A ciphertext with the id of its key: the IV followed by the GCM output. */
  public record Versleuteld(String sleutelId, byte[] inhoud) {}

  private final String doel;
  private final Map<String, SecretKeySpec> sleutels = new HashMap<>();
  private final String actief;

  /**
   * @param doel what the keys are for, in messages ("V-nummersleutel", "sessiesleutel")
   * @param sleutels key id → base64 AES key of 16, 24 or 32 bytes
   * @param actief the id that encrypts; {@code null}: this keyring only decrypts
   */
  public Sleutelbos(String doel, Map<String, String> sleutels, String actief) {
    this.doel = doel;
    sleutels.forEach((id, b64) -> {
      byte[] key = Base64.getDecoder().decode(b64.trim());
      if (key.length != 16 && key.length != 24 && key.length != 32) {
        throw new IllegalStateException(doel + " " + id + " heeft geen AES-lengte (16, 24 of 32 bytes)");
      }
      this.sleutels.put(id, new SecretKeySpec(key, "AES"));
    });
    if (actief != null && !this.sleutels.containsKey(actief)) {
      throw new IllegalStateException("actieve " + doel + " " + actief + " is niet geconfigureerd");
    }
    this.actief = actief;
    Ids.willekeurig(new byte[IV_BYTES]); // seeds the DRBG now, on the start-up thread
  }

  /** A keyring of one fresh random key: for a single process whose ciphertexts need not outlive it. */
  public static Sleutelbos eenmalig(String doel) {
    byte[] key = new byte[32];
    Ids.willekeurig(key);
    return new Sleutelbos(doel, Map.of("eenmalig", Base64.getEncoder().encodeToString(key)), "eenmalig");
  }

  /** Whether this keyring has the key of that id (a replica not yet given a new key does not). */
  public boolean kent(String sleutelId) {
    return sleutels.containsKey(sleutelId);
  }

  public boolean kanVersleutelen() {
    return actief != null;
  }

  public Versleuteld versleutel(byte[] klaar, byte[] context) {
    if (actief == null) {
      throw new IllegalStateException("geen actieve " + doel + " geconfigureerd");
    }
    try {
      byte[] iv = new byte[IV_BYTES];
      Ids.willekeurig(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, sleutels.get(actief), new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(context);
      byte[] ct = cipher.doFinal(klaar);
      byte[] inhoud = new byte[IV_BYTES + ct.length];
      System.arraycopy(iv, 0, inhoud, 0, IV_BYTES);
      System.arraycopy(ct, 0, inhoud, IV_BYTES, ct.length);
      return new Versleuteld(actief, inhoud);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(doel + ": versleutelen mislukt (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** The plaintext; fails when the key is unknown, or the ciphertext or its context is not what was encrypted. */
  public byte[] ontsleutel(Versleuteld versleuteld, byte[] context) {
    SecretKeySpec key = sleutels.get(versleuteld.sleutelId());
    if (key == null) {
      throw new IllegalStateException(doel + " " + versleuteld.sleutelId() + " is niet (meer) geconfigureerd");
    }
    byte[] inhoud = versleuteld.inhoud();
    if (inhoud.length < IV_BYTES + TAG_BITS / 8) {
      throw new IllegalStateException(doel + ": te kort om versleuteld te zijn");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, inhoud, 0, IV_BYTES));
      cipher.updateAAD(context);
      return cipher.doFinal(inhoud, IV_BYTES, inhoud.length - IV_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(doel + ": ontsleutelen mislukt (" + e.getClass().getSimpleName() + ")");
    }
  }
}
