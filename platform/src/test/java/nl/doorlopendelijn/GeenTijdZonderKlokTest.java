package nl.doorlopendelijn;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No main code asks the JVM's default zone for "now": every day and hour comes from the platform's clock
 * ({@code LocalDate.now(klok)}, Dutch time, {@link PlatformKlokTest}). A zone-less {@code now()} would count the day
 * in the machine's zone (UTC in a container): from 23:00 UTC the day before Dutch midnight's. The tests' JVMs run in
 * Dutch time (the pom's {@code -Duser.timezone}), so this test, not they, must catch such a call.
 */
class GeenTijdZonderKlokTest {

  @Test
  void geenNowZonderDeKlokVanHetPlatform() {
    JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("nl.doorlopendelijn");
    for (Class<?> type : List.of(LocalDate.class, LocalDateTime.class, LocalTime.class, ZonedDateTime.class,
        OffsetDateTime.class, Year.class, YearMonth.class)) {
      noClasses().should().callMethod(type, "now")
          .because("the platform's clock decides what day it is, not the JVM's default zone")
          .check(main);
    }
  }
}
