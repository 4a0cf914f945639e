package nl.doorlopendelijn.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module table of {@code docs/architecture.md} is checked against the code, so it cannot drift: one row per
 * module, and its "uses" column names exactly the modules it depends on (Spring Modulith's view of the code).
 */
final class ModuleDocumentatie {

  private ModuleDocumentatie() {}

  private static final Path ARCHITECTUUR = Path.of("..", "docs", "architecture.md");
  private static final Pattern RIJ = Pattern.compile("^\\| `([a-z]+)` \\|(.*)\\|([^|]*)\\|\\s*$");
  private static final Pattern MODULENAAM = Pattern.compile("`([a-z]+)`");

  /** Called by {@link ModularityTest}, which holds the (expensive to build) module model. */
  static void controleer(ApplicationModules modules) throws IOException {
    Map<String, Set<String>> inDeCode = new TreeMap<>();
    for (ApplicationModule module : modules) {
      inDeCode.put(module.getIdentifier().toString(), module.getDirectDependencies(modules).uniqueModules()
          .map(m -> m.getIdentifier().toString())
          .filter(naam -> !naam.equals(module.getIdentifier().toString()))
          .collect(Collectors.toCollection(TreeSet::new)));
    }

    assertThat(gedocumenteerd())
        .as("docs/architecture.md, section Modules: the 'uses' column must name exactly the modules each module "
            + "depends on in the code (left: the document, right: the code)")
        .isEqualTo(inDeCode);
  }

  private static Map<String, Set<String>> gedocumenteerd() throws IOException {
    Map<String, Set<String>> tabel = new TreeMap<>();
    boolean inSectie = false;
    for (String regel : Files.readAllLines(ARCHITECTUUR)) {
      if (regel.startsWith("## ")) {
        inSectie = regel.equals("## Modules");
        continue;
      }
      Matcher rij = RIJ.matcher(regel);
      if (inSectie && rij.matches()) {
        Set<String> gebruikt = new TreeSet<>();
        Matcher naam = MODULENAAM.matcher(rij.group(3));
        while (naam.find()) {
          gebruikt.add(naam.group(1));
        }
        tabel.put(rij.group(1), gebruikt);
      }
    }
    return tabel;
  }
}
