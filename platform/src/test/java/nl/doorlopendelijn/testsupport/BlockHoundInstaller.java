package nl.doorlopendelijn.testsupport;

import java.util.ServiceLoader;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * Installs BlockHound once for the whole test run: any blocking call on a non-blocking (event-loop or parallel)
 * thread then fails the request or pipeline that made it, so the integration tests prove the platform is
 * non-blocking end to end.
 */
public class BlockHoundInstaller implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty("classworlds.conf") != null) {
      // Maven's own JVM, not a test JVM: with two surefire forks the plugin lists the test classes there (a launcher
      // session that runs no test); the forks install BlockHound for the tests
      return;
    }
    BlockHound.Builder builder = BlockHound.builder();
    // The integrations (Reactor marks its NonBlocking threads, Netty its event loops) are loaded explicitly with
    // the test class loader: the launcher's context class loader may not see them.
    ServiceLoader.load(BlockHoundIntegration.class, BlockHoundInstaller.class.getClassLoader())
        .forEach(builder::with);
    // SecureRandom (and so UUID.randomUUID) reads /dev/urandom, which never blocks once the kernel is seeded.
    builder.allowBlockingCallsInside("java.util.UUID", "randomUUID");
    builder.allowBlockingCallsInside("java.security.SecureRandom", "nextBytes");
    // Netty 4.2's adaptive allocator briefly takes a StampedLock when many connections make it grow its magazines
    // (seen with hundreds of concurrent SSE connections); an internal, bounded critical section, not I/O.
    builder.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup", "tryExpandMagazines");
    // ... and frees a magazine under the same kind of lock: Magazine.free() takes its allocation lock (writeLock) to
    // let go of its current chunk, MagazineGroup.free() the expand lock around freeing its magazines (Netty 4.2.15;
    // run when an event loop's thread-local magazines are removed, i.e. the loop ends). A few field writes, never
    // I/O; parks only if another thread allocates from that magazine at that instant.
    builder.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$Magazine", "free");
    builder.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup", "free");
    // Jackson builds a type's deserializer once, under a ReentrantLock; a request that needs the same type at that
    // moment waits for it (seen with parallel first requests of one body type). A bounded, CPU-only critical section.
    builder.allowBlockingCallsInside("tools.jackson.databind.deser.DeserializerCache", "_createAndCacheValueDeserializer");
    // Reactor Test's VirtualTimeScheduler keeps its tasks in a PriorityBlockingQueue: cancelling a virtual delay on
    // an event loop (a timeout that a database answer beat) may wait for its lock while the test thread advances
    // time. Test machinery, a bounded critical section; seen once in VerlopenSleutelsOpruimenTest.
    builder.allowBlockingCallsInside("reactor.test.scheduler.VirtualTimeScheduler$TimedRunnable", "dispose");
    // Thymeleaf 3.1 keeps the attribute and element definitions it meets while parsing a template in maps behind a
    // ReentrantReadWriteLock: the first parse of a template stores its new names under the write lock, and a page
    // parsed on another event loop at that instant waits for the read lock (seen in ElkePaginaElkeRolE2eIT, two
    // browsers opening pages of a cold instance: 154 pages refused as 500 in one run). A map lookup or put, never
    // I/O, and only until every template has been parsed once (then the template cache answers).
    builder.allowBlockingCallsInside("org.thymeleaf.engine.AttributeDefinitions$AttributeDefinitionRepository",
        "getAttribute");
    builder.allowBlockingCallsInside("org.thymeleaf.engine.ElementDefinitions$ElementDefinitionRepository",
        "getElement");
    builder.install();
  }
}
