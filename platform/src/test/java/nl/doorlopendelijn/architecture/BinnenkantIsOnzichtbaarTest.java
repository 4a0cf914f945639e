package nl.doorlopendelijn.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A module's inside is hidden by Java itself, not only by {@code ApplicationModules.verify()}: controllers, services and
 * stores share the module's {@code internal} package, and a type there is public only when code outside that package
 * (the module's own API, in practice) needs it.
 */
class BinnenkantIsOnzichtbaarTest {

  private static final JavaClasses CODE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("nl.doorlopendelijn");

  @Test
  void eenTypeInInternalIsAlleenPubliekAlsIetsBuitenZijnPakketHetGebruikt() {
    List<String> onnodigPubliek = CODE.stream()
        .filter(c -> c.getPackageName().endsWith(".internal") && c.isTopLevelClass())
        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
        .filter(c -> c.getDirectDependenciesToSelf().stream()
            .noneMatch(d -> !d.getOriginClass().getPackageName().equals(c.getPackageName())))
        .map(JavaClass::getName)
        .sorted()
        .toList();
    assertThat(onnodigPubliek).as("public without a user outside their package: make them package-private").isEmpty();
  }

  @Test
  void controllersStaanInDeBinnenkantVanHunModule() {
    List<String> buiten = CODE.stream()
        .filter(c -> c.isAnnotatedWith(org.springframework.web.bind.annotation.RestController.class))
        .filter(c -> !c.getPackageName().endsWith(".internal"))
        .map(JavaClass::getName)
        .sorted()
        .toList();
    assertThat(buiten).as("controllers outside a module's internal package").isEmpty();
  }
}
