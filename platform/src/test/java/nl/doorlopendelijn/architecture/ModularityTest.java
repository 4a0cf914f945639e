package nl.doorlopendelijn.architecture;

import nl.doorlopendelijn.DoorlopendeLijnApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules of the platform: no cycles, nobody reaches into another module's internals. */
class ModularityTest {

  private static final ApplicationModules modules = ApplicationModules.of(DoorlopendeLijnApplication.class);

  @Test
  void modulesHebbenGeenCyclusEnRakenElkaarsBinnenkantNietAan() {
    modules.verify();
  }

  @Test
  void deModuletabelInDeDocumentatieNoemtPreciesDeAfhankelijkhedenUitDeCode() throws Exception {
    ModuleDocumentatie.controleer(modules);
  }

  @Test
  void moduleOverzichtWordtGeschrevenVoorDeDocumentatie() {
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
        .writeModulesAsPlantUml()
        .writeModuleCanvases();
  }
}
