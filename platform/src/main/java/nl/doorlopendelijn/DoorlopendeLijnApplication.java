package nl.doorlopendelijn;

import java.time.Clock;
import nl.doorlopendelijn.kernel.Tijdzone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Doorlopende Lijn: the warme overdracht of inburgeraars from azc to gemeente, per region. */
@SpringBootApplication
public class DoorlopendeLijnApplication {

  /**
   * What "now" and "today" are, for every module (due dates, signals, the dashboard's calendar figures): Dutch time
   * ({@link Tijdzone#NL}). Every module injects it as a plain {@code Clock} and takes the zone from it
   * ({@code LocalDate.now(klok)}). One bean, so a test can replace it ({@code @Primary}, the tests'
   * {@code TestKlokConfiguratie}) and pass midnight without waiting for it.
   */
  @Bean
  Clock klok() {
    return Clock.system(Tijdzone.NL);
  }

  public static void main(String[] args) {
    SpringApplication.run(DoorlopendeLijnApplication.class, args);
  }
}
