package nl.doorlopendelijn.agreements;

import nl.doorlopendelijn.DoorlopendeLijnApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Modules use only each other's API packages, without cycles (includes the agreements module). */
class ModuleGrenzenTest {

  @Test
  void modulesGebruikenAlleenElkaarsApiZonderKringen() {
    ApplicationModules.of(DoorlopendeLijnApplication.class).verify();
  }
}
