package nl.doorlopendelijn;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import nl.doorlopendelijn.kernel.Codes;
import nl.doorlopendelijn.kernel.Inburgeringsstap;
import nl.doorlopendelijn.kernel.Nederlands;
import nl.doorlopendelijn.kernel.Scenario;
import nl.doorlopendelijn.kernel.Tijdzone;
import org.junit.jupiter.api.Test;

/**
 * The milestone planner, the dossier and its rights, the scenario advice and the suppression are plain Java: no
 * Spring, no I/O, no clock.
 */
class DomeinregelsZijnZuiverTest {

  static final String[] DOMEINREGELS = {
    "nl.doorlopendelijn.dossiers.planning",
    "nl.doorlopendelijn.dossiers.advies",
    "nl.doorlopendelijn.dashboard.suppression",
    "nl.doorlopendelijn.gebruikers.regels"
  };

  static final JavaClasses KLASSEN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(DOMEINREGELS);

  @Test
  void domeinregelsKennenAlleenJavaEnElkaar() {
    // package-info may carry Spring Modulith metadata (@NamedInterface): a label for the module, not a dependency
    classes().that().doNotHaveSimpleName("package-info").should().onlyDependOnClassesThat(
        // ojAlgo: the suppression audit's integer programming, plain Java maths (no I/O, no framework)
        resideInAnyPackage("java.lang..", "java.util..", "java.time..", "java.math..", "org.ojalgo.optimisation..",
            "nl.doorlopendelijn.dossiers.planning", "nl.doorlopendelijn.dossiers.advies",
            "nl.doorlopendelijn.dashboard.suppression", "nl.doorlopendelijn.gebruikers.regels")
            // the shared kernel's values; not its Ids, whose randomness a rule must not depend on
            .or(belongToAnyOf(Scenario.class, Inburgeringsstap.class, Tijdzone.class, Codes.class, Nederlands.class))
            // the granting rules speak of realm kinds and roles: plain enums of identity
            .or(belongToAnyOf(nl.doorlopendelijn.identity.CallerKind.class, nl.doorlopendelijn.identity.Role.class)))
        .check(KLASSEN);
  }

  @Test
  void hetDossierEnZijnStatusVallenOnderDeRegel() {
    // the dossier's rules (issue 12) are domain rules: the checks above must see them
    assertThat(KLASSEN.contain("nl.doorlopendelijn.dossiers.planning.Dossier")).isTrue();
    assertThat(KLASSEN.contain("nl.doorlopendelijn.dossiers.planning.Dossier$Besluit")).isTrue();
    assertThat(KLASSEN.contain("nl.doorlopendelijn.dossiers.planning.DossierStatus")).isTrue();
  }

  @Test
  void deToekenningsregelsVallenOnderDeRegel() {
    // which roles a coördinator may grant (issue 17) is a domain rule: the checks above must see it
    assertThat(KLASSEN.contain("nl.doorlopendelijn.gebruikers.regels.Toekenningsregels")).isTrue();
  }

  @Test
  void deOndertekeningVanEenAfspraakIsZuiver() {
    // the signing rule lives beside the agreement's state machine; it may use only it, the version and Java
    JavaClasses ondertekening = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("nl.doorlopendelijn.agreements.internal");
    assertThat(ondertekening.contain("nl.doorlopendelijn.agreements.internal.Ondertekening")).isTrue();
    classes().that().haveNameMatching("nl\\.doorlopendelijn\\.agreements\\.internal\\.Ondertekening(\\$.*)?")
        .should().onlyDependOnClassesThat().haveNameMatching("(\\[L)?(java\\.(lang|util|time)\\..*"
            + "|nl\\.doorlopendelijn\\.agreements\\.internal\\.(Ondertekening|AfspraakVersie|Zicht)(\\$.*)?"
            + "|nl\\.doorlopendelijn\\.agreements\\.AfspraakStatus"
            + "(\\$.*)?);?")
        .check(ondertekening);
  }

  @Test
  void deGedeeldeKernKentAlleenJava() {
    JavaClasses kern = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("nl.doorlopendelijn.kernel");
    assertThat(kern.contain(Scenario.class)).isTrue();
    // the JDK only: java.. and its cryptography (kernel.Sleutelbos: AES-GCM at rest)
    classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..",
            "nl.doorlopendelijn.kernel")
        .check(kern);
  }

  @Test
  void domeinregelsLezenDeSysteemklokNiet() {
    noClasses().should().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
        .orShould().callMethod(java.time.Clock.class, "systemUTC")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .check(KLASSEN);
  }
}
