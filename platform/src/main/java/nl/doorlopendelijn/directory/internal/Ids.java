package nl.doorlopendelijn.directory.internal;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * New random (version 4) ids. Ids are references, not secrets: ThreadLocalRandom suffices, while
 * {@link UUID#randomUUID()} uses SecureRandom, which may read {@code /dev/urandom} on an event-loop thread.
 */
final class Ids {

  private Ids() {}

  static UUID nieuw() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    long msb = (r.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
    long lsb = (r.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
    return new UUID(msb, lsb);
  }
}
