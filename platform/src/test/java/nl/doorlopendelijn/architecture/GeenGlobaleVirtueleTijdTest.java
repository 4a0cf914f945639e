package nl.doorlopendelijn.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No test installs a virtual clock as Reactor's global schedulers ({@code StepVerifier.withVirtualTime},
 * {@code VirtualTimeScheduler.getOrSet/set}): every Spring context the suite keeps alive runs background work on
 * those schedulers, which then ran on the test's virtual time (a {@code DailyTest} spun for ever on it). Tests of time
 * pass a {@code VirtualTimeScheduler.create()} of their own to the code and record with {@code testsupport.Opname}.
 */
class GeenGlobaleVirtueleTijdTest {

  private static final Set<String> GLOBAAL = Set.of(
      "reactor.test.StepVerifier.withVirtualTime",
      "reactor.test.scheduler.VirtualTimeScheduler.getOrSet",
      "reactor.test.scheduler.VirtualTimeScheduler.set");

  @Test
  void geenTestZetEenVirtueleKlokVoorHeelReactor() {
    JavaClasses tests = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
        .importPackages("nl.doorlopendelijn");
    assertThat(tests).as("test classes imported").hasSizeGreaterThan(100);
    List<String> aanroepen = tests.stream()
        .flatMap(c -> c.getMethodCallsFromSelf().stream())
        .filter(call -> GLOBAAL.contains(call.getTargetOwner().getName() + "." + call.getName()))
        .map(call -> call.getOrigin().getFullName() + " calls " + call.getName())
        .sorted()
        .toList();
    assertThat(aanroepen).as("global virtual time (use a VirtualTimeScheduler of the test's own and Opname)")
        .isEmpty();
  }
}
