package nl.doorlopendelijn.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;

/**
 * The module table of {@code docs/architecture.md} is checked against the code (Spring Modulith's model), so it
 * cannot drift:
 * <ul>
 *   <li>one row per module, no row for anything else, no module twice;</li>
 *   <li>the "uses" column names exactly what the module depends on: {@code `m`} for module m's API package,
 *       {@code `m.i`} for its named interface i (the only way into m besides its API package);</li>
 *   <li>a module's own row names each named interface it declares ({@code `dossiers.planning`});</li>
 *   <li>every code name a row writes in backticks exists: a module ({@code `web`}), a package
 *       ({@code `dashboard.suppression`}), a type, qualified ({@code `tenancy.CoaRegios`}) or not ({@code `Ids`}:
 *       then in the row's module or a module it uses), with its member where one is named
 *       ({@code `Callers.current()`}).</li>
 * </ul>
 */
final class ModuleDocumentatie {

  private ModuleDocumentatie() {}

  private static final Path ARCHITECTUUR = Path.of("..", "docs", "architecture.md");
  private static final String ROOT = "nl.doorlopendelijn";
  private static final Pattern RIJ = Pattern.compile("^\\| `([a-z]+)` \\|(.*)\\|([^|]*)\\|\\s*$");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern GEBRUIK = Pattern.compile("[a-z]+(\\.[a-z]+)?");
  private static final Pattern MODULE_OF_PAKKET = Pattern.compile("[a-z]+(\\.[a-z]+)*");
  /** {@code Type}, {@code pakket.Type}, {@code Type.lid} or {@code Type.lid()}. */
  private static final Pattern TYPE = Pattern.compile("((?:[a-z]+\\.)*)([A-Z]\\w*)(?:\\.([a-z]\\w*)(?:\\(\\))?)?");

  record Rij(String module, String inhoud, Set<String> gebruikt) {}

  /** Called by {@link ModularityTest}, which holds the (expensive to build) module model. */
  static void controleer(ApplicationModules modules) throws IOException {
    List<Rij> rijen = rijen();

    assertThat(rijen.stream().map(Rij::module).collect(Collectors.groupingBy(m -> m, Collectors.counting()))
        .entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
        .as("docs/architecture.md, section Modules: a module has one row").isEmpty();

    Map<String, Set<String>> gedocumenteerd = new TreeMap<>();
    rijen.forEach(r -> gedocumenteerd.put(r.module(), r.gebruikt()));
    Map<String, Set<String>> inDeCode = new TreeMap<>();
    modules.forEach(m -> inDeCode.put(id(m), gebruik(m, modules)));
    assertThat(gedocumenteerd)
        .as("docs/architecture.md, section Modules: one row per module, and its 'uses' column names exactly what it "
            + "depends on in the code: `m` for module m's API package, `m.i` for its named interface i "
            + "(expected: the code, but was: the document)")
        .isEqualTo(inDeCode);

    List<String> fouten = new ArrayList<>();
    for (Rij rij : rijen) {
      ApplicationModule module = modules.getModuleByName(rij.module()).orElseThrow();
      Set<String> genoemd = codeNamen(rij.inhoud());
      for (String i : eigenInterfaces(module)) {
        if (!genoemd.contains(i)) {
          fouten.add(rij.module() + ": declares the named interface `" + i + "`; its row does not name it");
        }
      }
      List<ApplicationModule> bekend = new ArrayList<>(List.of(module));
      rij.gebruikt().forEach(g -> modules.getModuleByName(g.split("\\.")[0]).ifPresent(bekend::add));
      for (String naam : genoemd) {
        bestaat(naam, bekend, modules).ifPresent(f -> fouten.add(rij.module() + ": `" + naam + "` " + f));
      }
    }
    assertThat(fouten).as("docs/architecture.md, section Modules: the names in the rows against the code").isEmpty();
  }

  /** What the module depends on, as the table writes it: the module, or the module and the named interface used. */
  static Set<String> gebruik(ApplicationModule module, ApplicationModules modules) {
    return module.getDirectDependencies(modules).stream()
        .filter(d -> !d.getTargetModule().equals(module))
        .flatMap(ModuleDocumentatie::doel)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Stream<String> doel(ApplicationModuleDependency d) {
    ApplicationModule doel = d.getTargetModule();
    if (doel.isOpen()) {
      return Stream.of(id(doel));
    }
    List<NamedInterface> via = doel.getNamedInterfaces().getNamedInterfacesContaining(d.getTargetType()).toList();
    // the API package (unnamed interface), or a type outside every interface: ModularityTest's verify() says so
    if (via.isEmpty() || via.stream().anyMatch(NamedInterface::isUnnamed)) {
      return Stream.of(id(doel));
    }
    return via.stream().map(i -> id(doel) + "." + i.getName());
  }

  private static List<String> eigenInterfaces(ApplicationModule module) {
    if (module.isOpen()) {
      return List.of();
    }
    return module.getNamedInterfaces().stream().filter(NamedInterface::isNamed)
        .map(i -> id(module) + "." + i.getName()).toList();
  }

  /** Empty when {@code naam} names something that exists; otherwise why not. Text that is no code name passes. */
  private static Optional<String> bestaat(String naam, List<ApplicationModule> bekend, ApplicationModules modules) {
    if (MODULE_OF_PAKKET.matcher(naam).matches()) {
      String module = naam.split("\\.")[0];
      if (modules.getModuleByName(module).isEmpty()) {
        return Optional.of("is not a module");
      }
      String pakket = ROOT + "." + naam;
      boolean gevonden = modules.getModuleByName(module).get().getBasePackage().stream()
          .anyMatch(c -> c.getPackageName().equals(pakket) || c.getPackageName().startsWith(pakket + "."));
      return gevonden ? Optional.empty() : Optional.of("is not a package of the code");
    }
    Matcher type = TYPE.matcher(naam);
    if (!type.matches()) {
      return Optional.empty();
    }
    String q = type.group(1);
    String pakket = q.isEmpty() ? null : ROOT + "." + q.substring(0, q.length() - 1);
    List<JavaClass> kandidaten = (pakket == null ? bekend.stream() : modules.stream())
        .flatMap(m -> m.getBasePackage().stream())
        .filter(c -> c.getSimpleName().equals(type.group(2)))
        .filter(c -> pakket == null || c.getPackageName().equals(pakket))
        .toList();
    if (kandidaten.isEmpty()) {
      return Optional.of(pakket == null ? "is no type of this module or of a module it uses" : "is no type");
    }
    String lid = type.group(3);
    if (lid != null && kandidaten.stream().noneMatch(c -> c.getAllMembers().stream()
        .anyMatch(m -> m.getName().equals(lid)))) {
      return Optional.of("has no member " + lid);
    }
    return Optional.empty();
  }

  private static Set<String> codeNamen(String tekst) {
    Set<String> namen = new TreeSet<>();
    Matcher m = CODE.matcher(tekst);
    while (m.find()) {
      namen.add(m.group(1));
    }
    return namen;
  }

  private static String id(ApplicationModule m) {
    return m.getIdentifier().toString();
  }

  private static List<Rij> rijen() throws IOException {
    List<Rij> rijen = new ArrayList<>();
    boolean inSectie = false;
    for (String regel : Files.readAllLines(ARCHITECTUUR)) {
      if (regel.startsWith("## ")) {
        inSectie = regel.equals("## Modules");
        continue;
      }
      Matcher rij = RIJ.matcher(regel);
      if (inSectie && rij.matches()) {
        Set<String> gebruikt = new TreeSet<>();
        for (String naam : codeNamen(rij.group(3))) {
          assertThat(naam).as("a name in the 'uses' column of " + rij.group(1)).matches(GEBRUIK);
          gebruikt.add(naam);
        }
        rijen.add(new Rij(rij.group(1), rij.group(2), gebruikt));
      }
    }
    return rijen;
  }
}
