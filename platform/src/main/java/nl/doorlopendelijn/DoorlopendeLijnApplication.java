package nl.doorlopendelijn;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Doorlopende Lijn: the warme overdracht of inburgeraars from azc to gemeente, per region. */
@SpringBootApplication
public class DoorlopendeLijnApplication {

  public static void main(String[] args) {
    SpringApplication.run(DoorlopendeLijnApplication.class, args);
  }
}
