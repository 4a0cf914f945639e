package nl.doorlopendelijn.dossiers.internal;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Randomness that never blocks an event loop: UUID.randomUUID() and a default SecureRandom read /dev/urandom on
 * every call (BlockHound rejects that). A DRBG seeded once, at class load on a start-up thread, does not.
 */
final class Willekeur {

  private static final SecureRandom DRBG;

  static {
    try {
      DRBG = SecureRandom.getInstance("DRBG");
      DRBG.nextBytes(new byte[16]);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Willekeur() {}

  static void bytes(byte[] into) {
    DRBG.nextBytes(into);
  }

  /** A version-4 UUID. */
  static UUID uuid() {
    byte[] b = new byte[16];
    DRBG.nextBytes(b);
    b[6] = (byte) ((b[6] & 0x0f) | 0x40);
    b[8] = (byte) ((b[8] & 0x3f) | 0x80);
    ByteBuffer buf = ByteBuffer.wrap(b);
    return new UUID(buf.getLong(), buf.getLong());
  }
}
