package nl.doorlopendelijn.kernel;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * The one source of new ids (random, version 4) and of random bytes, safe on an event loop:
 * {@link UUID#randomUUID()} and a default {@link SecureRandom} read {@code /dev/urandom} on every call (BlockHound
 * rejects that); a DRBG seeded once, when this class loads on a start-up thread, does not. Ids are unpredictable,
 * so knowing one id says nothing about the next.
 */
public final class Ids {

  private static final SecureRandom DRBG;

  static {
    try {
      DRBG = SecureRandom.getInstance("DRBG");
      DRBG.nextBytes(new byte[16]);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Ids() {}

  /** A new version-4 UUID. */
  public static UUID nieuw() {
    byte[] b = new byte[16];
    DRBG.nextBytes(b);
    b[6] = (byte) ((b[6] & 0x0f) | 0x40);
    b[8] = (byte) ((b[8] & 0x3f) | 0x80);
    ByteBuffer buf = ByteBuffer.wrap(b);
    return new UUID(buf.getLong(), buf.getLong());
  }

  /** Fills {@code into} with random bytes (e.g. an IV). */
  public static void willekeurig(byte[] into) {
    DRBG.nextBytes(into);
  }
}
