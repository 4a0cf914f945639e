package nl.doorlopendelijn;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Doorlopende Lijn: the warme overdracht of inburgeraars from azc to gemeente, per region. */
@SpringBootApplication
public class DoorlopendeLijnApplication {

  /**
   * What "now" and "today" are, for every module (due dates, signals, the dashboard's calendar figures): Dutch time.
   * One bean, so a test can replace it ({@code @Primary}) and pass midnight without waiting for it.
   */
  @Bean
  Clock klok() {
    return Clock.system(ZoneId.of("Europe/Amsterdam"));
  }

  public static void main(String[] args) {
    SpringApplication.run(DoorlopendeLijnApplication.class, args);
  }
}
