package nl.doorlopendelijn;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
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
 * No code asks the JVM's default zone for "now": the platform takes every day and hour from its clock
 * ({@code LocalDate.now(klok)}, Dutch time, {@link PlatformKlokTest}), and a test that computes "today" or
 * "tomorrow" for it does so in Dutch time ({@code LocalDate.now(Tijdzone.NL)}). A zone-less {@code now()} counts the
 * day in the machine's zone (UTC here and in a container): from 23:00 UTC (22:00 in summer) to midnight it is the day
 * before the platform's, and date-bound tests failed in that hour (a birth date "tomorrow" was today).
 */
class GeenTijdZonderKlokTest {

  @Test
  void geenNowInDeZoneVanDeMachine() {
    JavaClasses alles = new ClassFileImporter().importPackages("nl.doorlopendelijn");
    for (Class<?> type : List.of(LocalDate.class, LocalDateTime.class, LocalTime.class, ZonedDateTime.class,
        OffsetDateTime.class, Year.class, YearMonth.class)) {
      noClasses().should().callMethod(type, "now")
          .because("the platform's clock decides what day it is, not the JVM's default zone")
          .check(alles);
    }
  }
}
