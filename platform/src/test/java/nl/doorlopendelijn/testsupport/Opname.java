package nl.doorlopendelijn.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.reactivestreams.Publisher;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/**
 * Records what a publisher emits while the test drives a {@code VirtualTimeScheduler} of its own, passed to the code
 * under test. Tests of time use this instead of {@code StepVerifier.withVirtualTime}: that one installs its virtual
 * clock as Reactor's global schedulers for the length of the test, so the background work of every Spring context
 * alive in the JVM (timeouts of database statements, periodic checks) ran on the test's virtual time meanwhile. A
 * {@code DailyTest} once spun for ever on it (issue 19), and a database test could see its statements time out when
 * it advanced an hour.
 */
public final class Opname<T> implements AutoCloseable {

  private final LinkedBlockingQueue<T> items = new LinkedBlockingQueue<>();
  private volatile Throwable fout;
  private volatile boolean klaar;
  private final Disposable abonnement;

  private Opname(Publisher<T> bron) {
    abonnement = Flux.from(bron).subscribe(items::add, e -> fout = e, () -> klaar = true);
  }

  public static <T> Opname<T> van(Publisher<T> bron) {
    return new Opname<>(bron);
  }

  /** What came since the previous call (synchronous work: everything the last advance of the clock produced). */
  public List<T> nieuw() {
    geenFout();
    List<T> nieuw = new ArrayList<>();
    items.drainTo(nieuw);
    return nieuw;
  }

  /** The next item, waiting up to {@code binnen} of real time for it (work that runs on other threads). */
  public T volgende(Duration binnen) throws InterruptedException {
    T item = items.poll(binnen.toMillis(), TimeUnit.MILLISECONDS);
    geenFout();
    if (item == null) {
      throw new AssertionError("nothing emitted within " + binnen);
    }
    return item;
  }

  /** Whether the publisher completed. */
  public boolean klaar() {
    geenFout();
    return klaar;
  }

  private void geenFout() {
    if (fout != null) {
      throw new AssertionError("the publisher failed", fout);
    }
  }

  @Override
  public void close() {
    abonnement.dispose();
  }
}
